import { businessDate } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { recordWorkOrderEvent } from './record-work-order-event.js';
import type { WorkOrderActionResult } from './transition-work-order.js';
import { loadVisibleWorkOrder } from './work-order-access.js';
import { assertReplyOwed, requireReason } from './work-order-errors.js';
import './reply-messages.js';

export interface RecordReplyInput {
  /** What the requester was told, and how (phone, in person, message). */
  note: string;
  version?: number;
}

/**
 * The answer owed to the requester of a complaint, question or suggestion was given: when and
 * what is kept on the order, which stops the reminders and lets the desk close it.
 */
export async function recordReply(trx: Tx, actor: Actor, id: string, input: RecordReplyInput, now: Date = new Date()): Promise<WorkOrderActionResult> {
  const note = requireReason(input.note, 'note');
  const { order: before, who } = await loadVisibleWorkOrder(trx, actor, id);
  assertVersion(before.version, input.version);
  assertReplyOwed(before, who, 'reply');
  const at = now.toISOString();
  const order = await updateVersioned(trx, 'work_orders', before, { replied_at: at, reply_note: note });
  const late = before.reply_by !== null && businessDate(now) > before.reply_by;
  await recordWorkOrderEvent(trx, order, { action: 'reply', actorId: actor.userId, reason: note, data: { replyBy: before.reply_by, late }, at });
  await recordAudit(trx, actor, order.company_id, {
    action: 'workOrder.reply',
    entityType: 'work_order',
    entityId: order.id,
    projectId: order.project_id,
    after: { repliedAt: at, note, replyBy: before.reply_by },
  });
  return { order, notifications: [] };
}
