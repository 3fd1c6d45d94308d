import type { DbOrTx } from '../../platform/db/transaction.js';
import type { WorkOrderRow } from './work-order-access.js';
import { ruleError } from './work-order-errors.js';
import './reply-messages.js';

/**
 * An order that needs a return visit (回访) closes only after one was done and the requester
 * accepted the result (a rejection reopens the order instead). The return-visit use cases create
 * and complete the visits; this is the only rule `close` asks of them.
 */
export async function assertReturnVisitSettled(db: DbOrTx, order: Pick<WorkOrderRow, 'id' | 'return_visit_required'>): Promise<void> {
  if (!order.return_visit_required) return;
  const done = await db
    .selectFrom('return_visits')
    .select('id')
    .where('work_order_id', '=', order.id)
    .where('status', '=', 'done')
    .where('outcome', '=', 'accepted')
    .executeTakeFirst();
  if (!done) throw ruleError('RETURN_VISIT_PENDING', '_', 'workOrders.error.returnVisitPending');
}

/** A requester promised an answer by a date (约定回复) has it before the order closes. */
export function assertReplySent(order: Pick<WorkOrderRow, 'reply_by' | 'replied_at'>): void {
  if (order.reply_by !== null && order.replied_at === null) throw ruleError('REPLY_PENDING', 'reply', 'workOrders.error.replyPending', { date: order.reply_by });
}

/** What every path to `closed` through `close` asks: the promised reply given, then the return visit settled. */
export async function assertClosable(db: DbOrTx, order: Pick<WorkOrderRow, 'id' | 'return_visit_required' | 'reply_by' | 'replied_at'>): Promise<void> {
  assertReplySent(order);
  await assertReturnVisitSettled(db, order);
}
