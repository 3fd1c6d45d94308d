import { REPLY_KINDS } from '@guanjia/domain';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { attachOwnFiles } from './attach-own-files.js';
import { transitionWorkOrder, type WorkOrderActionResult } from './transition-work-order.js';
import { requireReason } from './work-order-errors.js';
import './reply-messages.js';

export interface ResolveInput {
  /** How it was settled, as told to the requester. */
  note: string;
  photoIds?: string[];
  /** The requester's satisfaction on the spot, 1–5, when asked. */
  satisfaction?: number | null;
  version?: number;
}

/**
 * 现场解决: what the desk member can settle with the requester present is settled and closed at
 * once. The requester heard the answer then, so a complaint or question is answered too.
 */
export async function resolveWorkOrder(trx: Tx, actor: Actor, id: string, input: ResolveInput, now?: Date): Promise<WorkOrderActionResult> {
  const note = requireReason(input.note, 'note');
  const { order } = await transitionWorkOrder(
    trx,
    actor,
    id,
    {
      action: 'resolve',
      version: input.version,
      apply: async (before, at) => {
        const photoIds = await attachOwnFiles(trx, actor, input.photoIds, before.project_id, 'photoIds');
        const answered = REPLY_KINDS.includes(before.kind) && before.replied_at === null;
        return {
          changes: {
            completion_note: note,
            completion_photo_ids: JSON.stringify(photoIds),
            satisfaction: input.satisfaction ?? before.satisfaction,
            ...(answered ? { replied_at: at, reply_note: note } : {}),
          },
          data: { note, photoIds, satisfaction: input.satisfaction ?? null },
        };
      },
    },
    now,
  );
  return { order, notifications: [] };
}
