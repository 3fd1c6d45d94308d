import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { VersionInput } from './accept-work-order.js';
import { assertClosable } from './assert-closable.js';
import { transitionWorkOrder, type WorkOrderActionResult } from './transition-work-order.js';

/** The desk closes a completed order: directly when no return visit is needed, else after it, and after the promised reply (assertClosable). */
export async function closeWorkOrder(trx: Tx, actor: Actor, id: string, input: VersionInput, now?: Date): Promise<WorkOrderActionResult> {
  const { order } = await transitionWorkOrder(
    trx,
    actor,
    id,
    {
      action: 'close',
      version: input.version,
      apply: async (before) => {
        await assertClosable(trx, before);
        return {};
      },
    },
    now,
  );
  return { order, notifications: [] };
}
