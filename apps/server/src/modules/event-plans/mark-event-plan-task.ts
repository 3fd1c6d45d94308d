import { PREPARING_EVENT_PLAN_STATUSES } from '@guanjia/domain/event-plans/event-plan-flow';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertStatusIn, loadPlanTask, loadVisiblePlan, type EventPlanTaskRow } from './event-plan-access.js';
import { recordEventPlanEvent } from './record-event-plan-event.js';
import type { MarkTaskBody } from './schemas.js';

/** Ticks a task off (or back on) while the event is being prepared. */
export async function markEventPlanTask(trx: Tx, actor: Actor, planId: string, taskId: string, input: MarkTaskBody, now: Date = new Date()): Promise<EventPlanTaskRow> {
  const plan = await loadVisiblePlan(trx, actor, planId);
  assertStatusIn(plan, PREPARING_EVENT_PLAN_STATUSES, 'EVENT_PLAN_NOT_PREPARING', 'eventPlan.error.notPreparing');
  const before = await loadPlanTask(trx, plan, taskId);
  assertVersion(before.version, input.version);
  if ((before.done_at !== null) === input.done) return before;
  const at = now.toISOString();
  const after = await updateVersioned(trx, 'event_plan_tasks', before, input.done ? { done_at: at, done_by: actor.userId } : { done_at: null, done_by: null });
  await recordEventPlanEvent(trx, plan, { action: input.done ? 'completeTask' : 'reopenTask', actorId: actor.userId, note: after.title, at });
  await recordAudit(trx, actor, plan.company_id, { action: `eventPlan.${input.done ? 'completeTask' : 'reopenTask'}`, entityType: 'eventPlanTask', entityId: after.id, projectId: plan.project_id, before, after });
  return after;
}
