import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { transitionWorkOrder, type WorkOrderActionResult } from './transition-work-order.js';

export interface VersionInput {
  version?: number;
}

/** 受理: the desk takes an owner's request on; the first to do so becomes accountable (首问责任制). */
export async function acceptWorkOrder(trx: Tx, actor: Actor, id: string, input: VersionInput, now?: Date): Promise<WorkOrderActionResult> {
  const { order } = await transitionWorkOrder(trx, actor, id, { action: 'accept', version: input.version }, now);
  return { order, notifications: [] };
}
