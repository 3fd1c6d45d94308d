import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { ReasonInput } from './return-assignment.js';
import { transitionWorkOrder, type WorkOrderActionResult } from './transition-work-order.js';
import { requireReason } from './work-order-errors.js';
import { noticeWorkOrder } from './work-order-notices.js';

/** The requester rejects the result: the order goes back to work (counted on the order) and the assignee and accountable staff member are told. */
export async function reopenWorkOrder(trx: Tx, actor: Actor, id: string, input: ReasonInput, now?: Date): Promise<WorkOrderActionResult> {
  const reason = requireReason(input.reason);
  const { order } = await transitionWorkOrder(trx, actor, id, { action: 'reopen', version: input.version, reason }, now);
  const notifications = await noticeWorkOrder(trx, order, actor.userId, {
    userIds: [order.assignee_user_id, order.accountable_staff_id],
    kind: 'reopened',
    bodyKey: 'workOrders.notice.reopenedBody',
    params: { reason },
  });
  return { order, notifications };
}
