import type { Db } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { refreshCareSuggestions, type CareRefresh } from './refresh-care-suggestions.js';

/** After a rule changed: every household of the project that has a profile, or open suggestions, is refreshed, one transaction each. */
export async function refreshProjectCareSuggestions(db: Db, projectId: string, now: Date = new Date()): Promise<CareRefresh> {
  const total: CareRefresh = { added: 0, updated: 0, withdrawn: 0 };
  const withProfile = db.selectFrom('service_profiles').select('household_id').where('project_id', '=', projectId);
  const withOpen = db.selectFrom('care_suggestions').select('household_id').where('project_id', '=', projectId).where('status', '=', 'suggested');
  const households = await withProfile.union(withOpen).execute();
  for (const { household_id } of households) {
    const r = await inTransaction(db, (trx) => refreshCareSuggestions(trx, null, household_id, now));
    total.added += r.added;
    total.updated += r.updated;
    total.withdrawn += r.withdrawn;
  }
  return total;
}
