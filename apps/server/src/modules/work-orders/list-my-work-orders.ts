import type { WorkOrderStatus } from '@guanjia/domain';
import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { paginate, type Page } from '../../platform/http/paging.js';
import type { WorkOrderRow } from './work-order-access.js';

export interface MyWorkOrdersQuery {
  page: number;
  pageSize: number;
  status?: WorkOrderStatus;
}

/** An owner's orders: those of the households they belong to and those they asked for, newest first. */
export async function listMyWorkOrders(db: DbOrTx, actor: Actor, householdIds: readonly string[], query: MyWorkOrdersQuery): Promise<Page<WorkOrderRow>> {
  let q = db
    .selectFrom('work_orders')
    .selectAll()
    .where('company_id', '=', actor.companyId)
    .where((eb) => eb.or([eb('requester_user_id', '=', actor.userId), ...(householdIds.length ? [eb('household_id', 'in', householdIds)] : [sql<boolean>`1 = 0`])]));
  if (query.status) q = q.where('status', '=', query.status);
  return paginate(q, (p) => p.orderBy('id', 'desc'), query);
}
