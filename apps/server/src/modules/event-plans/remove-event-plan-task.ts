import { EDITABLE_EVENT_PLAN_STATUSES } from '@guanjia/domain/event-plans/event-plan-flow';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { nowIso, type Tx } from '../../platform/db/transaction.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { BusinessRuleError } from '../../platform/http/errors.js';
import { assertStatusIn, loadPlanTask, loadVisiblePlan } from './event-plan-access.js';
import { recordEventPlanEvent } from './record-event-plan-event.js';

/** Removes a draft's task; every plan keeps its joint rehearsal. */
export async function removeEventPlanTask(trx: Tx, actor: Actor, planId: string, taskId: string, version?: number): Promise<void> {
  const plan = await loadVisiblePlan(trx, actor, planId);
  assertStatusIn(plan, EDITABLE_EVENT_PLAN_STATUSES, 'EVENT_PLAN_NOT_DRAFT', 'eventPlan.error.draftOnly');
  const task = await loadPlanTask(trx, plan, taskId);
  assertVersion(task.version, version);
  if (task.rehearsal === 1) throw new BusinessRuleError('REHEARSAL_KEPT', 'eventPlan.error.rehearsalKept');
  await trx.deleteFrom('event_plan_tasks').where('id', '=', task.id).execute();
  await recordEventPlanEvent(trx, plan, { action: 'removeTask', actorId: actor.userId, note: task.title, at: nowIso() });
  await recordAudit(trx, actor, plan.company_id, { action: 'eventPlan.removeTask', entityType: 'eventPlanTask', entityId: task.id, projectId: plan.project_id, before: task });
}
