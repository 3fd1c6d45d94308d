import type { DbOrTx } from '../../platform/db/transaction.js';
import { containsText } from '../../platform/db/text-search.js';
import type { Actor } from '../../platform/http/actor.js';
import { paginate } from '../../platform/http/paging.js';

/** Company-level: every staff member of the company sees all of them. */
export function listDevelopers(db: DbOrTx, actor: Actor, query: { page: number; pageSize: number; q?: string }) {
  let rows = db.selectFrom('developers').selectAll().where('company_id', '=', actor.companyId);
  if (query.q) rows = rows.where(containsText(['name', 'code'], query.q));
  return paginate(rows, (r) => r.orderBy('name').orderBy('id'), query);
}
