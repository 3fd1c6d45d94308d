import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { VersionInput } from './accept-work-order.js';
import { transitionWorkOrder, type WorkOrderActionResult } from './transition-work-order.js';

/**
 * 抢单: a member of the department or vendor an order was dispatched to in grab mode takes it; the
 * grab is also the acceptance. Two grabbing at once: the guarded update lets exactly one win.
 */
export async function grabWorkOrder(trx: Tx, actor: Actor, id: string, input: VersionInput, now?: Date): Promise<WorkOrderActionResult> {
  const { order } = await transitionWorkOrder(
    trx,
    actor,
    id,
    { action: 'grab', version: input.version, apply: (_before, at) => ({ changes: { assignee_user_id: actor.userId, assignment_accepted_at: at } }) },
    now,
  );
  return { order, notifications: [] };
}
