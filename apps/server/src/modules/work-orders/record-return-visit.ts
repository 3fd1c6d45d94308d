import { returnVisitRefusal } from '@guanjia/domain/work-orders/return-visit';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { ForbiddenError } from '../../platform/http/errors.js';
import type { RecordReturnVisitBody } from './return-visit-schemas.js';
import { settleReturnVisit, type SettledReturnVisit } from './settle-return-visit.js';
import { loadVisibleWorkOrder } from './work-order-access.js';
import './return-visit-messages.js';

/**
 * A desk member records the return-visit call (回访) for the requester. Staff cannot rate their own
 * work: the assignee and anyone who pressed complete on it are refused (403).
 */
export async function recordReturnVisit(trx: Tx, actor: Actor, id: string, body: RecordReturnVisitBody, now: Date = new Date()): Promise<SettledReturnVisit> {
  const { order, who } = await loadVisibleWorkOrder(trx, actor, id);
  // Anyone who ever pressed complete on it did the work, including before a reopen.
  const completed = await trx
    .selectFrom('work_order_events')
    .select('actor_id')
    .where('work_order_id', '=', order.id)
    .where('action', '=', 'complete')
    .where('actor_id', '=', actor.userId)
    .executeTakeFirst();
  const refusal = returnVisitRefusal({ assigneeUserId: order.assignee_user_id, completedBy: completed?.actor_id ?? null }, who);
  if (refusal === 'ownWork') throw new ForbiddenError('workOrders.returnVisit.ownWork');
  if (refusal) throw new ForbiddenError();
  return settleReturnVisit(trx, actor, order, { rating: body.rating, comment: body.comment || null, outcome: body.outcome, method: body.method }, now);
}
