import { containsText } from '../../platform/db/text-search.js';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { Page } from '../../platform/http/paging.js';
import { paginate } from '../../platform/http/paging.js';
import { ownerProjectIds } from './life-info-access.js';
import { LIFE_INFO_SEARCH_COLUMNS } from './list-life-info-entries.js';
import type { H5LifeInfoQuery } from './schemas.js';
import type { LifeInfoEntryTable } from './tables.js';
import type { Selectable } from 'kysely';

/**
 * What an owner finds on the phone: published entries of the projects where they have a home,
 * by keyword and category. An owner without a home gets an empty page; another project is 404.
 */
export async function searchPublishedLifeInfo(db: DbOrTx, actor: Actor, query: H5LifeInfoQuery): Promise<Page<Selectable<LifeInfoEntryTable>>> {
  const mine = await ownerProjectIds(db, actor);
  if (query.projectId && !mine.includes(query.projectId)) throw new NotFoundError('entity.project');
  const projects = query.projectId ? [query.projectId] : mine;
  if (!projects.length) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  let q = db
    .selectFrom('life_info_entries as e')
    .selectAll('e')
    .where('e.company_id', '=', actor.companyId)
    .where('e.project_id', 'in', projects)
    .where('e.published', '=', 1);
  if (query.category) q = q.where('e.category', '=', query.category);
  if (query.q) q = q.where(containsText(LIFE_INFO_SEARCH_COLUMNS, query.q));
  return paginate(q, (r) => r.orderBy('e.sort_order').orderBy('e.id'), query);
}
