import { dueDateFor } from '@guanjia/domain/event-plans/backward-schedule';
import { EDITABLE_EVENT_PLAN_STATUSES } from '@guanjia/domain/event-plans/event-plan-flow';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import { nowIso, type Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { ValidationError } from '../../platform/http/errors.js';
import { getWorkingCalendar } from '../calendar/working-calendar-cache.js';
import { assertStatusIn, loadPlanTask, loadVisiblePlan, type EventPlanTaskRow } from './event-plan-access.js';
import { recordEventPlanEvent } from './record-event-plan-event.js';
import type { UpdateTaskBody } from './schemas.js';

/** A draft's task: its title, T-minus offset and office-only flag; the due date follows. The rehearsal keeps its date. */
export async function editEventPlanTask(trx: Tx, actor: Actor, planId: string, taskId: string, patch: UpdateTaskBody): Promise<EventPlanTaskRow> {
  const plan = await loadVisiblePlan(trx, actor, planId);
  assertStatusIn(plan, EDITABLE_EVENT_PLAN_STATUSES, 'EVENT_PLAN_NOT_DRAFT', 'eventPlan.error.draftOnly');
  const before = await loadPlanTask(trx, plan, taskId);
  assertVersion(before.version, patch.version);
  if (before.rehearsal === 1 && (patch.daysBefore !== undefined || patch.officeOnly !== undefined)) {
    throw new ValidationError({ daysBefore: 'eventPlan.field.rehearsalFixed' });
  }
  const daysBefore = patch.daysBefore ?? before.days_before;
  const officeOnly = patch.officeOnly ?? before.office_only === 1;
  const due = dueDateFor(plan.event_date, { daysBefore, officeOnly, rehearsal: before.rehearsal === 1 }, await getWorkingCalendar(trx));
  const changes = changedColumns(before, {
    title: patch.title,
    days_before: daysBefore,
    office_only: officeOnly ? 1 : 0,
    due_date: due.dueDate,
    moved_from: due.movedFrom,
  });
  if (!Object.keys(changes).length) return before;
  const after = await updateVersioned(trx, 'event_plan_tasks', before, changes);
  await recordEventPlanEvent(trx, plan, { action: 'editTask', actorId: actor.userId, note: after.title, at: nowIso() });
  await recordAudit(trx, actor, plan.company_id, { action: 'eventPlan.editTask', entityType: 'eventPlanTask', entityId: after.id, projectId: plan.project_id, before, after });
  return after;
}
