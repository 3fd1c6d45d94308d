import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { VersionInput } from './accept-work-order.js';
import { transitionWorkOrder, type WorkOrderActionResult } from './transition-work-order.js';

/** 接单: the assignee accepts the job; with nobody named, a member of the target department or vendor takes it. */
export async function acceptAssignment(trx: Tx, actor: Actor, id: string, input: VersionInput, now?: Date): Promise<WorkOrderActionResult> {
  const { order } = await transitionWorkOrder(
    trx,
    actor,
    id,
    {
      action: 'acceptAssignment',
      version: input.version,
      apply: (before, at) => ({ changes: { assignee_user_id: before.assignee_user_id ?? actor.userId, assignment_accepted_at: at } }),
    },
    now,
  );
  return { order, notifications: [] };
}
