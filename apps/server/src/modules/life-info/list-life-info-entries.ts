import { containsText } from '../../platform/db/text-search.js';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { paginate, type Page } from '../../platform/http/paging.js';
import type { ListLifeInfoQuery } from './schemas.js';

/** The keyword reaches name, address, tags and note; `%` and `_` typed by a user are literal. */
export const LIFE_INFO_SEARCH_COLUMNS = ['e.name', 'e.address', 'e.tags_text', 'e.note'] as const;

/** An entry with the name of who last changed it, read in the same statement. */
export function lifeInfoRows(db: DbOrTx) {
  return db
    .selectFrom('life_info_entries as e')
    .selectAll('e')
    .select((eb) => eb.selectFrom('users').select('name').whereRef('users.id', '=', 'e.updated_by').as('updated_by_name'));
}
export type LifeInfoListRow = Awaited<ReturnType<ReturnType<typeof lifeInfoRows>['executeTakeFirstOrThrow']>>;

/** A project's directory for staff, drafts included, in display order. */
export async function listLifeInfoEntries(db: DbOrTx, actor: Actor, projectId: string, query: ListLifeInfoQuery): Promise<Page<LifeInfoListRow>> {
  assertProjectVisible(actor, projectId, 'entity.project');
  let q = lifeInfoRows(db).where('e.company_id', '=', actor.companyId).where('e.project_id', '=', projectId);
  if (query.category) q = q.where('e.category', '=', query.category);
  if (query.published) q = q.where('e.published', '=', query.published === 'true' ? 1 : 0);
  if (query.q) q = q.where(containsText(LIFE_INFO_SEARCH_COLUMNS, query.q));
  return paginate(q, (r) => r.orderBy('e.sort_order').orderBy('e.id'), query);
}

/** One entry with its names, already checked visible. */
export function readLifeInfoEntry(db: DbOrTx, id: string): Promise<LifeInfoListRow> {
  return lifeInfoRows(db).where('e.id', '=', id).executeTakeFirstOrThrow();
}
