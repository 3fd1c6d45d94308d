import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { ReasonInput } from './return-assignment.js';
import { transitionWorkOrder, type WorkOrderActionResult } from './transition-work-order.js';
import { requireReason } from './work-order-errors.js';

/** Work stops for a reason (waiting for parts, the owner is away); the reason is kept in the history. */
export async function pauseWorkOrder(trx: Tx, actor: Actor, id: string, input: ReasonInput, now?: Date): Promise<WorkOrderActionResult> {
  const reason = requireReason(input.reason);
  const { order } = await transitionWorkOrder(trx, actor, id, { action: 'pause', version: input.version, reason }, now);
  return { order, notifications: [] };
}
