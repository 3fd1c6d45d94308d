import type { CarePlanStatus } from '@guanjia/domain/care-plans/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { paginate, type Page } from '../../platform/http/paging.js';
import { careListScope } from './care-access.js';
import type { CarePlanRow } from './care-records.js';

export interface CarePlanFilters {
  projectId?: string;
  householdId?: string;
  status?: CarePlanStatus;
  page: number;
  pageSize: number;
}

/** A project's or a household's care plans, the soonest due first (ended ones last). */
export async function listCarePlans(db: DbOrTx, actor: Actor, f: CarePlanFilters): Promise<Page<CarePlanRow>> {
  const scope = await careListScope(db, actor, f);
  if (scope.projectIds.length === 0) return { items: [], total: 0, page: f.page, pageSize: f.pageSize };
  let q = db.selectFrom('care_plans').selectAll().where('project_id', 'in', scope.projectIds);
  if (scope.householdId) q = q.where('household_id', '=', scope.householdId);
  if (f.status) q = q.where('status', '=', f.status);
  return paginate(q, (x) => x.orderBy('status').orderBy('next_due_on').orderBy('id', 'desc'), f);
}
