import type { CareSuggestionStatus } from '@guanjia/domain/care-plans/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { paginate, type Page } from '../../platform/http/paging.js';
import { careListScope } from './care-access.js';
import type { CareSuggestionRow } from './care-records.js';

export interface CareSuggestionFilters {
  projectId?: string;
  householdId?: string;
  status?: CareSuggestionStatus;
  page: number;
  pageSize: number;
}

/** The butler's queue (a project's open suggestions) or one household's, newest first. */
export async function listCareSuggestions(db: DbOrTx, actor: Actor, f: CareSuggestionFilters): Promise<Page<CareSuggestionRow>> {
  const scope = await careListScope(db, actor, f);
  if (scope.projectIds.length === 0) return { items: [], total: 0, page: f.page, pageSize: f.pageSize };
  let q = db.selectFrom('care_suggestions').selectAll().where('project_id', 'in', scope.projectIds);
  if (scope.householdId) q = q.where('household_id', '=', scope.householdId);
  if (f.status) q = q.where('status', '=', f.status);
  return paginate(q, (x) => x.orderBy('id', 'desc'), f);
}
