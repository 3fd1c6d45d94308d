import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { findVisibleHousehold, type HouseholdRow } from './household-access.js';

/** Staff of the household's project, or an owner who is a member of it; 404 for anyone else. */
export async function getHousehold(db: DbOrTx, actor: Actor, id: string): Promise<HouseholdRow> {
  return findVisibleHousehold(db, actor, id);
}
