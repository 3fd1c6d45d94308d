import { businessDate } from '@guanjia/domain/shared/business-date';
import { MAX_REPLY_DAYS, replyByRefusal } from '@guanjia/domain/work-orders/promised-reply';

export { MAX_REPLY_DAYS };

/** Today in Asia/Shanghai (YYYY-MM-DD), whatever the device's time zone. */
export function businessToday(now: Date = new Date()): string {
  return businessDate(now);
}

/** The domain's window: a reply-by date may be agreed from today (Shanghai) up to MAX_REPLY_DAYS ahead. */
export function outsideReplyWindow(date: string, now: Date = new Date()): boolean {
  return replyByRefusal(date, now) !== null;
}
