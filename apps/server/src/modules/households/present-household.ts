import { showPersonalData, type PersonalDataViewer } from '@guanjia/domain';
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { HouseholdRow } from './household-access.js';
import type { HouseholdView } from './schemas.js';
import type { OwnerTable } from './tables.js';

/** Work orders do not exist yet, so no viewer is "assigned" to anyone; see canSeePersonalData. */
const NOT_ASSIGNED = false;

/** Households with unit, building and members; phone and ID number masked except for the member themself (staff reveal them, logged). */
export async function presentHouseholds(db: DbOrTx, viewer: PersonalDataViewer, rows: HouseholdRow[]): Promise<HouseholdView[]> {
  if (!rows.length) return [];
  const [units, members] = await Promise.all([
    db
      .selectFrom('units')
      .innerJoin('buildings', 'buildings.id', 'units.building_id')
      .select(['units.id', 'units.code', 'units.floor', 'buildings.id as buildingId', 'buildings.code as buildingCode', 'buildings.name as buildingName'])
      .where('units.id', 'in', [...new Set(rows.map((r) => r.unit_id))])
      .execute(),
    db
      .selectFrom('household_members as m')
      .innerJoin('owners as o', 'o.id', 'm.owner_id')
      .leftJoin('users as u', 'u.owner_id', 'o.id')
      .select(['m.id', 'm.household_id', 'm.relation', 'o.id as ownerId', 'o.name', 'o.phone', 'o.id_number', 'u.id as userId'])
      .where(
        'm.household_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('m.created_at')
      .orderBy('m.id')
      .execute(),
  ]);
  const unitById = new Map(units.map((u) => [u.id, u]));
  return rows.map((h) => ({
    id: h.id,
    projectId: h.project_id,
    name: h.name,
    unit: unitById.get(h.unit_id)!,
    members: members
      .filter((m) => m.household_id === h.id)
      .map((m) => ({
        id: m.id,
        ownerId: m.ownerId,
        name: m.name,
        ...showPersonalData(viewer, { projectId: h.project_id, ownerId: m.ownerId, assignedToActor: NOT_ASSIGNED }, { phone: m.phone, idNumber: m.id_number }),
        relation: m.relation,
        hasAccount: m.userId !== null,
      })),
    version: h.version,
    createdAt: h.created_at,
    updatedAt: h.updated_at,
  }));
}

export async function presentHousehold(db: DbOrTx, viewer: PersonalDataViewer, row: HouseholdRow): Promise<HouseholdView> {
  return (await presentHouseholds(db, viewer, [row]))[0];
}

export function presentOwner(viewer: PersonalDataViewer, o: Selectable<OwnerTable>) {
  return {
    id: o.id,
    projectId: o.project_id,
    name: o.name,
    ...showPersonalData(viewer, { projectId: o.project_id, ownerId: o.id, assignedToActor: NOT_ASSIGNED }, { phone: o.phone, idNumber: o.id_number }),
    version: o.version,
    createdAt: o.created_at,
    updatedAt: o.updated_at,
  };
}
