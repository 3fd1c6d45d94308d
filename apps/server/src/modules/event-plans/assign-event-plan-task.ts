import { PREPARING_EVENT_PLAN_STATUSES } from '@guanjia/domain/event-plans/event-plan-flow';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { nowIso, type Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import type { NotificationRow } from '../notifications/notify.js';
import { assertStatusIn, loadPlanTask, loadVisiblePlan, type EventPlanTaskRow } from './event-plan-access.js';
import { noticeEventPlan } from './event-plan-notices.js';
import { assertTaskOwner } from './event-plan-rules.js';
import { recordEventPlanEvent } from './record-event-plan-event.js';
import type { AssignTaskBody } from './schemas.js';

/** Gives a task its owner (or takes it away) while the event is being prepared; the new owner is told. */
export async function assignEventPlanTask(
  trx: Tx,
  actor: Actor,
  planId: string,
  taskId: string,
  input: AssignTaskBody,
): Promise<{ task: EventPlanTaskRow; notifications: NotificationRow[] }> {
  const plan = await loadVisiblePlan(trx, actor, planId);
  assertStatusIn(plan, PREPARING_EVENT_PLAN_STATUSES, 'EVENT_PLAN_NOT_PREPARING', 'eventPlan.error.notPreparing');
  const before = await loadPlanTask(trx, plan, taskId);
  assertVersion(before.version, input.version);
  if (input.ownerId) await assertTaskOwner(trx, plan.company_id, plan.project_id, input.ownerId);
  if (before.owner_id === input.ownerId) return { task: before, notifications: [] };
  const after = await updateVersioned(trx, 'event_plan_tasks', before, { owner_id: input.ownerId });
  await recordEventPlanEvent(trx, plan, { action: 'assignTask', actorId: actor.userId, note: after.title, at: nowIso() });
  await recordAudit(trx, actor, plan.company_id, { action: 'eventPlan.assignTask', entityType: 'eventPlanTask', entityId: after.id, projectId: plan.project_id, before, after });
  const notifications = await noticeEventPlan(trx, plan, {
    userIds: [after.owner_id],
    exceptUserId: actor.userId,
    kind: 'taskAssigned',
    titleKey: 'eventPlan.notice.assignedTitle',
    bodyKey: 'eventPlan.notice.assignedBody',
    params: { task: after.title, dueDate: after.due_date },
  });
  return { task: after, notifications };
}
