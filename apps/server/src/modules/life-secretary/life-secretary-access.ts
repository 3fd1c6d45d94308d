import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import type { MessageRelayTable, WakeUpCallTable } from './tables.js';

export type WakeUpRow = Selectable<WakeUpCallTable>;
export type RelayRow = Selectable<MessageRelayTable>;

/** The households of an owner account (members only), oldest membership first. */
export async function ownerHouseholdIds(db: DbOrTx, actor: Actor): Promise<string[]> {
  if (!actor.ownerId) return [];
  const rows = await db.selectFrom('household_members').select('household_id').where('owner_id', '=', actor.ownerId).where('company_id', '=', actor.companyId).orderBy('id').execute();
  return rows.map((r) => r.household_id);
}

/** A wake-up call the caller may see: staff of its project, or the owner it wakes; else 404. */
export async function loadWakeUpCall(db: DbOrTx, actor: Actor, id: string): Promise<WakeUpRow> {
  const row = await db.selectFrom('wake_up_calls').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.wakeUpCall');
  if (actor.kind === 'owner') {
    if (row.owner_id !== actor.ownerId) throw new NotFoundError('entity.wakeUpCall');
  } else assertProjectVisible(actor, row.project_id, 'entity.wakeUpCall');
  return row;
}

/** A relay the caller may see: staff of its project, or an owner of its household; else 404. */
export async function loadRelay(db: DbOrTx, actor: Actor, id: string): Promise<RelayRow> {
  const row = await db.selectFrom('message_relays').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.messageRelay');
  if (actor.kind === 'owner') {
    if (!(await ownerHouseholdIds(db, actor)).includes(row.household_id)) throw new NotFoundError('entity.messageRelay');
  } else assertProjectVisible(actor, row.project_id, 'entity.messageRelay');
  return row;
}

/** A household of the project (404 otherwise, and for a project the caller cannot see). */
export async function householdOfProject(db: DbOrTx, actor: Actor, projectId: string, householdId: string) {
  assertProjectVisible(actor, projectId, 'entity.project');
  const h = await db.selectFrom('households').select(['id', 'company_id', 'project_id']).where('id', '=', householdId).where('project_id', '=', projectId).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!h) throw new NotFoundError('entity.household');
  return h;
}

/** The owners who are members of a household. */
export async function householdOwnerIds(db: DbOrTx, householdId: string): Promise<string[]> {
  const rows = await db.selectFrom('household_members').select('owner_id').where('household_id', '=', householdId).orderBy('id').execute();
  return [...new Set(rows.map((r) => r.owner_id))];
}

/** The owner must live in the household; 400 naming ownerId otherwise. */
export async function assertOwnerInHousehold(db: DbOrTx, householdId: string, ownerId: string): Promise<void> {
  if (!(await householdOwnerIds(db, householdId)).includes(ownerId)) throw new ValidationError({ ownerId: 'lifeSecretary.field.ownerNotInHousehold' });
}

/** Building and unit as people say them (1号楼 1-101), for many households in one read. */
export async function householdLabels(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .selectFrom('households')
    .innerJoin('units', 'units.id', 'households.unit_id')
    .innerJoin('buildings', 'buildings.id', 'units.building_id')
    .select(['households.id', 'buildings.name as building', 'units.code as unit', 'households.name as name'])
    .where('households.id', 'in', unique)
    .execute();
  return new Map(rows.map((r) => [r.id, `${r.building} ${r.unit}${r.name ? `（${r.name}）` : ''}`]));
}

/** Names of staff users and owners by id, for a page of rows. */
export async function namesOf(db: DbOrTx, table: 'users' | 'owners', ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom(table).select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
