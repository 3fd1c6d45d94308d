import { OPEN_WORK_ORDER_STATUSES } from '@guanjia/domain';
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { ForbiddenError, NotFoundError } from '../../platform/http/errors.js';
import type { OwnerTable } from '../households/tables.js';

export type OwnerRow = Selectable<OwnerTable>;

/** An owner of a project the staff member works in, or 404. */
export async function findVisibleOwner(db: DbOrTx, actor: Actor, ownerId: string): Promise<OwnerRow> {
  const owner = await db.selectFrom('owners').selectAll().where('id', '=', ownerId).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!owner) throw new NotFoundError('entity.owner');
  assertProjectVisible(actor, owner.project_id, 'entity.owner');
  return owner;
}

/** The signed-in owner's own record: an owner account sees only itself. */
export async function findOwnOwner(db: DbOrTx, actor: Actor): Promise<OwnerRow> {
  if (actor.kind !== 'owner' || !actor.ownerId) throw new ForbiddenError();
  const owner = await db.selectFrom('owners').selectAll().where('id', '=', actor.ownerId).executeTakeFirst();
  if (!owner) throw new NotFoundError('entity.owner');
  return owner;
}

/** The accounts of an owner (normally one). */
export async function ownerUserIds(db: DbOrTx, ownerId: string): Promise<string[]> {
  return (await db.selectFrom('users').select('id').where('owner_id', '=', ownerId).execute()).map((u) => u.id);
}

/**
 * The work orders this owner asked for: through their account, or entered by staff for them (the
 * requester phone is the owner's). Same project only.
 */
export async function ownerWorkOrderIds(db: DbOrTx, owner: OwnerRow, opts: { openOnly?: boolean } = {}): Promise<string[]> {
  const userIds = await ownerUserIds(db, owner.id);
  if (!userIds.length && !owner.phone) return [];
  let q = db
    .selectFrom('work_orders')
    .select('id')
    .where('company_id', '=', owner.company_id)
    .where('project_id', '=', owner.project_id)
    .where((eb) => {
      const ors = [];
      if (userIds.length) ors.push(eb('requester_user_id', 'in', userIds));
      if (owner.phone) ors.push(eb('requester_phone', '=', owner.phone));
      return eb.or(ors);
    });
  if (opts.openOnly) q = q.where('status', 'in', [...OPEN_WORK_ORDER_STATUSES]);
  return (await q.orderBy('id').execute()).map((r) => r.id);
}

/** The households the owner belongs to, with the relation. */
export async function ownerMemberships(db: DbOrTx, ownerId: string) {
  return db
    .selectFrom('household_members as m')
    .innerJoin('households as h', 'h.id', 'm.household_id')
    .innerJoin('units as u', 'u.id', 'h.unit_id')
    .innerJoin('buildings as b', 'b.id', 'u.building_id')
    .select(['m.id', 'm.household_id', 'm.relation', 'm.created_at', 'h.name as household_name', 'u.code as unit_code', 'b.name as building_name'])
    .where('m.owner_id', '=', ownerId)
    .orderBy('m.created_at')
    .execute();
}

/** Deals where the owner is the buyer or a co-buyer (co-buyers are JSON on the deal). */
export async function ownerDeals(db: DbOrTx, owner: OwnerRow) {
  return db
    .selectFrom('deals')
    .selectAll()
    .where('project_id', '=', owner.project_id)
    .where((eb) => eb.or([eb('owner_id', '=', owner.id), eb('co_buyers', 'like', `%"ownerId":"${owner.id}"%`)]))
    .orderBy('id')
    .execute();
}
