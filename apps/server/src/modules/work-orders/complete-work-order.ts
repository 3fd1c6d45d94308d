import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { attachOwnFiles } from './attach-own-files.js';
import { createReturnVisit } from './create-return-visit.js';
import { transitionWorkOrder, type WorkOrderActionResult } from './transition-work-order.js';
import { noticeWorkOrder } from './work-order-notices.js';

export interface CompleteInput {
  note?: string | null;
  photoIds?: string[];
  version?: number;
}

/** The work is done: the note and photos are kept on the order; the accountable staff member and the requester are told. */
export async function completeWorkOrder(trx: Tx, actor: Actor, id: string, input: CompleteInput, now?: Date): Promise<WorkOrderActionResult> {
  const note = input.note?.trim() || null;
  const { order } = await transitionWorkOrder(
    trx,
    actor,
    id,
    {
      action: 'complete',
      version: input.version,
      apply: async (before) => {
        const photoIds = await attachOwnFiles(trx, actor, input.photoIds, before.project_id, 'photoIds');
        return { changes: { completion_note: note, completion_photo_ids: JSON.stringify(photoIds) }, data: { note, photoIds } };
      },
    },
    now,
  );
  await createReturnVisit(trx, order, now);
  const notice = { kind: 'completed', bodyKey: 'workOrders.notice.completedBody' };
  const notifications = [
    ...(await noticeWorkOrder(trx, order, actor.userId, { ...notice, userIds: [order.accountable_staff_id] })),
    ...(await noticeWorkOrder(trx, order, actor.userId, { ...notice, userIds: [order.requester_user_id], forOwner: true })),
  ];
  return { order, notifications };
}
