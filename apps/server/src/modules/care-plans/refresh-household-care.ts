import { CARE_STAFF_ROLES } from '@guanjia/domain/care-plans/index';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { requireRole } from '../../platform/http/access.js';
import { findVisibleHousehold } from '../households/household-access.js';
import { refreshCareSuggestions, type CareRefresh } from './refresh-care-suggestions.js';

/** The butler asks for a household's suggestions now (the worker does it after every profile change anyway). */
export async function refreshHouseholdCare(trx: Tx, actor: Actor, householdId: string, now: Date = new Date()): Promise<CareRefresh> {
  requireRole(actor, ...CARE_STAFF_ROLES);
  const household = await findVisibleHousehold(trx, actor, householdId);
  return refreshCareSuggestions(trx, actor, household.id, now);
}
