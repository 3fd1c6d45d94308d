import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertOrganiser, loadPlan, type PlanRow } from './training-access.js';

/** Pauses or resumes a plan: a paused plan gets no new sessions and is never overdue. */
export async function setTrainingPlanActive(trx: Tx, actor: Actor, id: string, input: { active: boolean; version?: number }): Promise<PlanRow> {
  assertOrganiser(actor);
  const before = await loadPlan(trx, actor, id);
  assertVersion(before.version, input.version);
  const after = await updateVersioned(trx, 'training_plans', before, { active: input.active ? 1 : 0 });
  await recordAudit(trx, actor, after.company_id, { action: input.active ? 'trainingPlan.resume' : 'trainingPlan.pause', entityType: 'trainingPlan', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}
