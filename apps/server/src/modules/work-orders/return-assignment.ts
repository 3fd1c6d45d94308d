import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { transitionWorkOrder, type WorkOrderActionResult } from './transition-work-order.js';
import { requireReason } from './work-order-errors.js';
import { noticeWorkOrder } from './work-order-notices.js';

export interface ReasonInput {
  reason: string;
  version?: number;
}

/** 退单: the assignee hands the job back with a reason; the order returns to the desk (accepted) and its accountable staff member is told. */
export async function returnAssignment(trx: Tx, actor: Actor, id: string, input: ReasonInput, now?: Date): Promise<WorkOrderActionResult> {
  const reason = requireReason(input.reason);
  const { order } = await transitionWorkOrder(
    trx,
    actor,
    id,
    {
      action: 'returnAssignment',
      version: input.version,
      reason,
      apply: (before) => ({
        changes: { dispatch_mode: null, assignee_department_id: null, assignee_user_id: null, assignee_vendor_id: null, assignment_accepted_at: null },
        data: { departmentId: before.assignee_department_id, vendorId: before.assignee_vendor_id },
      }),
    },
    now,
  );
  const notifications = await noticeWorkOrder(trx, order, actor.userId, {
    userIds: [order.accountable_staff_id],
    kind: 'returned',
    bodyKey: 'workOrders.notice.returnedBody',
    params: { actor: actor.name, reason },
  });
  return { order, notifications };
}
