import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { careListScope } from './care-access.js';
import type { CareRuleRow } from './care-records.js';
import { ensureProjectCareRules } from './ensure-project-care-rules.js';

/** A project's care rules, seeded and default ones first, then the project's own in the order added. */
export async function listCareRules(trx: Tx, actor: Actor, projectId: string): Promise<CareRuleRow[]> {
  await careListScope(trx, actor, { projectId });
  await ensureProjectCareRules(trx, { companyId: actor.companyId, projectId });
  const rows = await trx.selectFrom('care_rules').selectAll().where('project_id', '=', projectId).orderBy('origin', 'desc').orderBy('id').execute();
  return rows;
}
