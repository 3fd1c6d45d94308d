import { uuidv7 } from '@guanjia/domain';
import type { Selectable } from 'kysely';
import type { DbOrTx, Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { LifeInfoEntryEventTable, LifeInfoEntryTable } from './tables.js';

export type LifeInfoEntryRow = Selectable<LifeInfoEntryTable>;

/** An entry of a project the staff member works in, or 404. */
export async function loadVisibleLifeInfoEntry(db: DbOrTx, actor: Actor, id: string): Promise<LifeInfoEntryRow> {
  const row = await db.selectFrom('life_info_entries').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.lifeInfoEntry');
  assertProjectVisible(actor, row.project_id, 'entity.lifeInfoEntry');
  return row;
}

/** The projects where the owner account has a home: household membership decides, as on every owner page. */
export async function ownerProjectIds(db: DbOrTx, actor: Actor): Promise<string[]> {
  const ownerId = actor.ownerId;
  if (actor.kind !== 'owner' || !ownerId) return [];
  const rows = await db
    .selectFrom('household_members')
    .innerJoin('households', 'households.id', 'household_members.household_id')
    .select('households.project_id')
    .distinct()
    .where('household_members.owner_id', '=', ownerId)
    .where('households.company_id', '=', actor.companyId)
    .execute();
  return rows.map((r) => r.project_id).sort();
}

/** Tags are stored twice: as JSON for display, joined for the keyword search. */
export function tagColumns(tags: readonly string[]): Pick<LifeInfoEntryRow, 'tags' | 'tags_text'> {
  return { tags: JSON.stringify(tags), tags_text: tags.join(' ') };
}

export function parseTags(json: string): string[] {
  const value = JSON.parse(json) as unknown;
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
}

/** One history row, in the transaction of the change it records. */
export async function recordLifeInfoEvent(
  trx: Tx,
  row: Pick<LifeInfoEntryRow, 'id' | 'company_id' | 'project_id'>,
  e: { action: LifeInfoEntryEventTable['action']; actorId: string; data?: Record<string, unknown>; at: string },
): Promise<void> {
  await trx
    .insertInto('life_info_entry_events')
    .values({ id: uuidv7(), company_id: row.company_id, project_id: row.project_id, entry_id: row.id, action: e.action, actor_id: e.actorId, data: e.data ? JSON.stringify(e.data) : null, created_at: e.at })
    .execute();
}
