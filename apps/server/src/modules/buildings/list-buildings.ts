import type { DbOrTx } from '../../platform/db/transaction.js';
import { containsText } from '../../platform/db/text-search.js';
import { paginate } from '../../platform/http/paging.js';

/** The caller has been checked to see the project. */
export function listBuildings(db: DbOrTx, projectId: string, query: { page: number; pageSize: number; q?: string }) {
  let rows = db.selectFrom('buildings').selectAll().where('project_id', '=', projectId);
  if (query.q) rows = rows.where(containsText(['name', 'code'], query.q));
  return paginate(rows, (r) => r.orderBy('code').orderBy('id'), query);
}
