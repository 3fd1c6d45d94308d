import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { KnowledgeDeskLogTable, KnowledgeEntryTable, KnowledgeVersionTable } from './tables.js';

export type KnowledgeEntryRow = Selectable<KnowledgeEntryTable>;
export type KnowledgeVersionRow = Selectable<KnowledgeVersionTable>;
export type DeskLogRow = Selectable<KnowledgeDeskLogTable>;

/** An entry of a project the actor may see, or 404 (role checks are the routes' guards). */
export async function findVisibleEntry(db: DbOrTx, actor: Actor, id: string): Promise<KnowledgeEntryRow> {
  const entry = await db.selectFrom('knowledge_entries').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!entry) throw new NotFoundError('entity.knowledgeEntry');
  assertProjectVisible(actor, entry.project_id, 'entity.knowledgeEntry');
  return entry;
}

/** A version and its entry, or 404 when the actor may not see the entry's project. */
export async function findVisibleVersion(db: DbOrTx, actor: Actor, id: string): Promise<{ version: KnowledgeVersionRow; entry: KnowledgeEntryRow }> {
  const version = await db.selectFrom('knowledge_versions').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!version) throw new NotFoundError('entity.knowledgeVersion');
  assertProjectVisible(actor, version.project_id, 'entity.knowledgeVersion');
  const entry = await db.selectFrom('knowledge_entries').selectAll().where('id', '=', version.entry_id).executeTakeFirstOrThrow();
  return { version, entry };
}

export async function findVisibleDeskLog(db: DbOrTx, actor: Actor, id: string): Promise<DeskLogRow> {
  const row = await db.selectFrom('knowledge_desk_log').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.deskLog');
  assertProjectVisible(actor, row.project_id, 'entity.deskLog');
  return row;
}

export const parseKeywords = (json: string): string[] => JSON.parse(json) as string[];
