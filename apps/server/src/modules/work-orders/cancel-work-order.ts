import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { ReasonInput } from './return-assignment.js';
import { transitionWorkOrder, type WorkOrderActionResult } from './transition-work-order.js';
import { requireReason } from './work-order-errors.js';
import { noticeWorkOrder, responsibleStaffIds } from './work-order-notices.js';

/** Cancelled with a reason, by the desk or by the requester before work starts; everyone involved is told. */
export async function cancelWorkOrder(trx: Tx, actor: Actor, id: string, input: ReasonInput, now?: Date): Promise<WorkOrderActionResult> {
  const reason = requireReason(input.reason);
  const { order } = await transitionWorkOrder(trx, actor, id, { action: 'cancel', version: input.version, reason }, now);
  const notice = { kind: 'cancelled', bodyKey: 'workOrders.notice.cancelledBody', params: { actor: actor.name, reason } };
  const notifications = [
    ...(await noticeWorkOrder(trx, order, actor.userId, { ...notice, userIds: await responsibleStaffIds(trx, order) })),
    ...(await noticeWorkOrder(trx, order, actor.userId, { ...notice, userIds: [order.requester_user_id], forOwner: true })),
  ];
  return { order, notifications };
}
