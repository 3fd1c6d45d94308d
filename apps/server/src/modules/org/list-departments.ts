import type { DbOrTx } from '../../platform/db/transaction.js';
import { containsText } from '../../platform/db/text-search.js';
import type { Actor } from '../../platform/http/actor.js';
import { paginate } from '../../platform/http/paging.js';

export interface DepartmentQuery {
  page: number;
  pageSize: number;
  q?: string;
  /** Checked visible by the route. */
  projectId?: string;
  developerId?: string;
  kind?: 'department' | 'post';
}

/** Without ?projectId: the company-level ones plus those of every project the caller sees. */
export function listDepartments(db: DbOrTx, actor: Actor, query: DepartmentQuery) {
  let rows = db.selectFrom('departments').selectAll().where('company_id', '=', actor.companyId);
  if (query.projectId) rows = rows.where('project_id', '=', query.projectId);
  else {
    const visible = actor.projectIds;
    rows = rows.where((eb) => (visible.length ? eb.or([eb('project_id', 'is', null), eb('project_id', 'in', visible)]) : eb('project_id', 'is', null)));
  }
  if (query.developerId) rows = rows.where('developer_id', '=', query.developerId);
  if (query.kind) rows = rows.where('kind', '=', query.kind);
  if (query.q) rows = rows.where(containsText(['name'], query.q));
  return paginate(rows, (r) => r.orderBy('name').orderBy('id'), query);
}
