import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { VersionInput } from './accept-work-order.js';
import { transitionWorkOrder, type WorkOrderActionResult } from './transition-work-order.js';

export async function resumeWorkOrder(trx: Tx, actor: Actor, id: string, input: VersionInput, now?: Date): Promise<WorkOrderActionResult> {
  const { order } = await transitionWorkOrder(trx, actor, id, { action: 'resume', version: input.version }, now);
  return { order, notifications: [] };
}
