import type { DbOrTx } from '../../platform/db/transaction.js';
import { containsText } from '../../platform/db/text-search.js';
import type { Actor } from '../../platform/http/actor.js';
import { paginate } from '../../platform/http/paging.js';

/** The projects the caller may see (company-wide roles: all of the company's). */
export async function listProjects(db: DbOrTx, actor: Actor, query: { page: number; pageSize: number; q?: string }) {
  if (!actor.projectIds.length) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  let rows = db.selectFrom('projects').selectAll().where('company_id', '=', actor.companyId).where('id', 'in', actor.projectIds);
  if (query.q) rows = rows.where(containsText(['name', 'code'], query.q));
  return paginate(rows, (r) => r.orderBy('code').orderBy('id'), query);
}
