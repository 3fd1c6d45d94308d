import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertReplyByDate } from './assert-reply-by-date.js';
import { recordWorkOrderEvent } from './record-work-order-event.js';
import type { WorkOrderActionResult } from './transition-work-order.js';
import { loadVisibleWorkOrder } from './work-order-access.js';
import { assertReplyOwed, fieldError, requireReason } from './work-order-errors.js';

export interface AgreeReplyDateInput {
  replyBy: string;
  /** Moving a date already agreed with the requester needs a reason. */
  reason?: string | null;
  version?: number;
}

/**
 * 约定回复日期: what the desk cannot settle on the spot, it promises to answer by a date agreed with
 * the requester. The date is kept on the order; moving it is recorded with a reason, and the
 * reminders start over for the new date.
 */
export async function agreeReplyDate(trx: Tx, actor: Actor, id: string, input: AgreeReplyDateInput, now: Date = new Date()): Promise<WorkOrderActionResult> {
  const { order: before, who } = await loadVisibleWorkOrder(trx, actor, id);
  assertVersion(before.version, input.version);
  assertReplyOwed(before, who, 'agreeReplyDate');
  assertReplyByDate(before.kind, input.replyBy, now);
  if (before.reply_by === input.replyBy) throw fieldError('replyBy', 'workOrders.field.replyBySame');
  const reason = before.reply_by ? requireReason(input.reason) : input.reason?.trim() || null;

  const order = await updateVersioned(trx, 'work_orders', before, { reply_by: input.replyBy, reply_alert_level: 0 });
  const at = now.toISOString();
  await recordWorkOrderEvent(trx, order, { action: 'agreeReplyDate', actorId: actor.userId, reason, data: { replyBy: input.replyBy, previous: before.reply_by }, at });
  await recordAudit(trx, actor, order.company_id, {
    action: 'workOrder.agreeReplyDate',
    entityType: 'work_order',
    entityId: order.id,
    projectId: order.project_id,
    before: { replyBy: before.reply_by },
    after: { replyBy: order.reply_by, reason },
  });
  return { order, notifications: [] };
}
