import { SERVICE_PROFILE_EDITOR_ROLES, SERVICE_PROFILE_SUMMARY_ROLES } from '@guanjia/domain/service-profiles/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { hasRole } from '../../platform/http/access.js';
import { ForbiddenError } from '../../platform/http/errors.js';
import { findVisibleHousehold, type HouseholdRow } from '../households/household-access.js';

export type ProfileAccess = 'full' | 'summary';

/**
 * How much of a household's profile the caller may see: the butler team and the household's own
 * owner everything, other staff serving its work orders the summary; 404 outside the project (or
 * another owner's household), 403 for the sales side, who never serve households.
 */
export async function findProfileHousehold(db: DbOrTx, actor: Actor, householdId: string): Promise<{ household: HouseholdRow; access: ProfileAccess }> {
  const canFull = actor.kind === 'owner' || hasRole(actor, ...SERVICE_PROFILE_EDITOR_ROLES);
  if (!canFull && !hasRole(actor, ...SERVICE_PROFILE_SUMMARY_ROLES)) throw new ForbiddenError();
  const household = await findVisibleHousehold(db, actor, householdId);
  return { household, access: canFull ? 'full' : 'summary' };
}

/** Building and unit, as people say it (1号楼 1-101). */
export async function householdLabel(db: DbOrTx, householdId: string): Promise<string> {
  const row = await db
    .selectFrom('households')
    .innerJoin('units', 'units.id', 'households.unit_id')
    .innerJoin('buildings', 'buildings.id', 'units.building_id')
    .select(['buildings.name as building', 'units.code as unit', 'households.name as name'])
    .where('households.id', '=', householdId)
    .executeTakeFirst();
  if (!row) return '';
  return `${row.building} ${row.unit}${row.name ? `（${row.name}）` : ''}`;
}
