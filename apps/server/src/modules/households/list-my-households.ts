import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { HouseholdRow } from './household-access.js';

/** The households an owner account is a member of. */
export async function listMyHouseholds(db: DbOrTx, actor: Actor): Promise<HouseholdRow[]> {
  const ownerId = actor.ownerId;
  if (!ownerId) return [];
  return db
    .selectFrom('households')
    .selectAll()
    .where('company_id', '=', actor.companyId)
    .where((eb) =>
      eb.exists(eb.selectFrom('household_members').select('household_members.id').whereRef('household_members.household_id', '=', 'households.id').where('household_members.owner_id', '=', ownerId)),
    )
    .orderBy('created_at')
    .execute();
}
