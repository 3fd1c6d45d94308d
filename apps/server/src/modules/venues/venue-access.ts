import { WORK_ORDER_DESK_ROLES, type Role } from '@guanjia/domain';
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible, hasRole } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { VenueBookingTable, VenueTable } from './tables.js';

export type VenueRow = Selectable<VenueTable>;
export type VenueBookingRow = Selectable<VenueBookingTable>;

/** Who sets up venues: the company's administrators and the project's service-center manager. */
export const VENUE_ADMIN_ROLES: Role[] = ['systemAdmin', 'companyAdmin', 'serviceCenterManager'];
/** Who books: owners for their own household, the work-order desk on an owner's behalf. */
export const VENUE_BOOKER_ROLES: Role[] = ['owner', ...WORK_ORDER_DESK_ROLES];

export const isOwnerAccount = (actor: Actor) => actor.kind === 'owner';
export const isDeskStaff = (actor: Actor) => actor.kind === 'staff' && hasRole(actor, ...WORK_ORDER_DESK_ROLES);

/**
 * A venue the actor may see, or 404: staff and owners of its project; owners never see a
 * disabled venue, so it vanishes from H5 the moment it is switched off.
 */
export async function findVisibleVenue(db: DbOrTx, actor: Actor, id: string): Promise<VenueRow> {
  const venue = await db.selectFrom('venues').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!venue) throw new NotFoundError('entity.venue');
  assertProjectVisible(actor, venue.project_id, 'entity.venue');
  if (isOwnerAccount(actor) && venue.enabled !== 1) throw new NotFoundError('entity.venue');
  return venue;
}

/** "1号楼 1-101 吴宅" per household id, for staff views and work-order titles. */
export async function householdLabels(db: DbOrTx, householdIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(householdIds)];
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('households')
    .innerJoin('units', 'units.id', 'households.unit_id')
    .innerJoin('buildings', 'buildings.id', 'units.building_id')
    .select(['households.id', 'households.name', 'units.code', 'buildings.name as buildingName'])
    .where('households.id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, [r.buildingName, r.code, r.name].filter(Boolean).join(' ')]));
}

/** The households of the owner account in one project. */
export async function ownerHouseholdIds(db: DbOrTx, actor: Actor, projectId: string): Promise<string[]> {
  const ownerId = actor.ownerId;
  if (!isOwnerAccount(actor) || !ownerId) return [];
  const rows = await db
    .selectFrom('households')
    .innerJoin('household_members', 'household_members.household_id', 'households.id')
    .select('households.id')
    .distinct()
    .where('households.project_id', '=', projectId)
    .where('household_members.owner_id', '=', ownerId)
    .orderBy('households.id')
    .execute();
  return rows.map((r) => r.id);
}
