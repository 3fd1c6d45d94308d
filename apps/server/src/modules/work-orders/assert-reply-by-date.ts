import { businessDate, REPLY_KINDS, type WorkOrderKind } from '@guanjia/domain';
import { MAX_REPLY_DAYS, replyByRefusal } from '@guanjia/domain/work-orders/promised-reply';
import { AppError } from '../../platform/http/errors.js';
import './reply-messages.js';

/** The reply-by date (约定回复日期) is for kinds owed an answer, within the window replyByRefusal allows. */
export function assertReplyByDate(kind: WorkOrderKind, replyBy: string, now: Date): void {
  const field = (key: string, params: Record<string, unknown> = {}) => new AppError(400, 'VALIDATION_FAILED', key, params, { replyBy: key });
  if (!REPLY_KINDS.includes(kind)) throw field('workOrders.field.replyByNotForKind');
  const refusal = replyByRefusal(replyBy, now);
  if (refusal === 'past') throw field('workOrders.field.replyByPast', { today: businessDate(now) });
  if (refusal === 'tooFar') throw field('workOrders.field.replyByTooFar', { max: MAX_REPLY_DAYS });
}
