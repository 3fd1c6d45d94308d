import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { findVisibleHousehold } from '../households/household-access.js';
import { fieldError } from './work-order-errors.js';

export interface Requester {
  householdId: string | null;
  unitId: string | null;
  buildingId: string | null;
  name: string;
  phone: string | null;
}

interface RequesterInput {
  projectId: string;
  householdId?: string | null;
  unitId?: string | null;
  requesterName?: string | null;
  requesterPhone?: string | null;
}

/**
 * Who asked and where: the household (an owner only ever one of their own, else 404) with its unit
 * and building; name and phone default to the owner account's person, or to the household's owner
 * when the desk records it on their behalf.
 */
export async function resolveRequester(trx: Tx, actor: Actor, input: RequesterInput): Promise<Requester> {
  let householdId: string | null = null;
  let unitId = input.unitId ?? null;
  let person: { name: string; phone: string | null } | undefined;
  if (input.householdId) {
    const household = await findVisibleHousehold(trx, actor, input.householdId);
    if (household.project_id !== input.projectId) throw fieldError('householdId', 'workOrders.field.householdNotInProject');
    if (unitId && unitId !== household.unit_id) throw fieldError('unitId', 'workOrders.field.unitNotHousehold');
    householdId = household.id;
    unitId = household.unit_id;
    // The defaults are read only when the request leaves the name or the phone out.
    if (!input.requesterName?.trim() || !input.requesterPhone?.trim()) {
      person = actor.kind === 'owner' && actor.ownerId ? await ownerPerson(trx, actor.ownerId) : await householdOwner(trx, household.id);
    }
  }
  let buildingId: string | null = null;
  if (unitId) {
    const unit = await trx.selectFrom('units').select(['id', 'building_id']).where('id', '=', unitId).where('project_id', '=', input.projectId).executeTakeFirst();
    if (!unit) throw fieldError('unitId', 'workOrders.field.unitNotInProject');
    buildingId = unit.building_id;
  }
  const name = input.requesterName?.trim() || person?.name;
  if (!name) throw fieldError('requesterName', 'workOrders.field.required');
  const phone = input.requesterPhone?.trim() || person?.phone || null;
  return { householdId, unitId, buildingId, name, phone };
}

function ownerPerson(trx: Tx, ownerId: string) {
  return trx.selectFrom('owners').select(['name', 'phone']).where('id', '=', ownerId).executeTakeFirst();
}

/** The household's owner (业主) first, then co-owners and residents, earliest first. */
async function householdOwner(trx: Tx, householdId: string) {
  const members = await trx
    .selectFrom('household_members as m')
    .innerJoin('owners as o', 'o.id', 'm.owner_id')
    .select(['o.name', 'o.phone', 'm.relation'])
    .where('m.household_id', '=', householdId)
    .orderBy('m.created_at')
    .orderBy('m.id')
    .execute();
  return members.find((m) => m.relation === 'owner') ?? members[0];
}
