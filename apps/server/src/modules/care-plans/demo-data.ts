import type { DemoIds } from '../../demo/seed-demo.js';
import type { Tx } from '../../platform/db/transaction.js';
import { loadActor } from '../auth/session.js';
import { acceptCareSuggestion } from './accept-care-suggestion.js';
import { ensureProjectCareRules } from './ensure-project-care-rules.js';
import { refreshCareSuggestions } from './refresh-care-suggestions.js';

/**
 * Both demo projects start with the seed's four rules; the demo household (吴宅, an elderly parent at
 * home) has its suggestions, and the butler has taken on the scheduled visits (定时巡查问候) as a plan.
 */
export async function seedCarePlanDemo(trx: Tx, ids: DemoIds): Promise<void> {
  for (const projectId of ids.projectIds) await ensureProjectCareRules(trx, { companyId: ids.companyId, projectId });
  await refreshCareSuggestions(trx, null, ids.ownerHouseholdId);
  const visits = await trx
    .selectFrom('care_suggestions')
    .innerJoin('care_rules', 'care_rules.id', 'care_suggestions.rule_id')
    .select(['care_suggestions.id', 'care_suggestions.version'])
    .where('care_suggestions.household_id', '=', ids.ownerHouseholdId)
    .where('care_rules.rule_key', '=', 'elderly')
    .where('care_suggestions.action_key', '=', 'visits')
    .executeTakeFirst();
  const butler = await trx.selectFrom('users').selectAll().where('id', '=', ids.users.butler!).executeTakeFirst();
  if (visits && butler) await acceptCareSuggestion(trx, await loadActor(trx, butler), visits.id, { version: visits.version });
}
