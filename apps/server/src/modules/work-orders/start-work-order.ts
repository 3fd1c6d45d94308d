import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { VersionInput } from './accept-work-order.js';
import { transitionWorkOrder, type WorkOrderActionResult } from './transition-work-order.js';

/** The assignee starts the work (the desk records it for a team or vendor without accounts). */
export async function startWorkOrder(trx: Tx, actor: Actor, id: string, input: VersionInput, now?: Date): Promise<WorkOrderActionResult> {
  const { order } = await transitionWorkOrder(trx, actor, id, { action: 'start', version: input.version }, now);
  return { order, notifications: [] };
}
