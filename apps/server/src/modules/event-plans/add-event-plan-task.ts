import { uuidv7 } from '@guanjia/domain';
import { dueDateFor } from '@guanjia/domain/event-plans/backward-schedule';
import { EDITABLE_EVENT_PLAN_STATUSES } from '@guanjia/domain/event-plans/event-plan-flow';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { getWorkingCalendar } from '../calendar/working-calendar-cache.js';
import { assertStatusIn, loadVisiblePlan, type EventPlanTaskRow } from './event-plan-access.js';
import { recordEventPlanEvent } from './record-event-plan-event.js';
import type { AddTaskBody } from './schemas.js';

/** A task of the draft's own, dated from the event date like the template's. */
export async function addEventPlanTask(trx: Tx, actor: Actor, planId: string, input: AddTaskBody): Promise<EventPlanTaskRow> {
  const plan = await loadVisiblePlan(trx, actor, planId);
  assertStatusIn(plan, EDITABLE_EVENT_PLAN_STATUSES, 'EVENT_PLAN_NOT_DRAFT', 'eventPlan.error.draftOnly');
  const due = dueDateFor(plan.event_date, { daysBefore: input.daysBefore, officeOnly: input.officeOnly }, await getWorkingCalendar(trx));
  const task: EventPlanTaskRow = {
    id: uuidv7(),
    company_id: plan.company_id,
    project_id: plan.project_id,
    plan_id: plan.id,
    task_key: `custom-${uuidv7().slice(-12)}`,
    title: input.title,
    days_before: input.daysBefore,
    office_only: input.officeOnly ? 1 : 0,
    rehearsal: 0,
    due_date: due.dueDate,
    moved_from: due.movedFrom,
    source: null,
    owner_id: null,
    done_at: null,
    done_by: null,
    reminded_on: null,
    ...newRowStamp(),
  };
  await trx.insertInto('event_plan_tasks').values(task).execute();
  await recordEventPlanEvent(trx, plan, { action: 'addTask', actorId: actor.userId, note: task.title, at: task.created_at });
  await recordAudit(trx, actor, plan.company_id, { action: 'eventPlan.addTask', entityType: 'eventPlanTask', entityId: task.id, projectId: plan.project_id, after: task });
  return task;
}
