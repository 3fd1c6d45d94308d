import { parseDateToEpochDay } from '../calendar/epoch-day.js';
import { businessDate } from '../shared/business-date.js';

/** A promise of an answer further out than this is not one a butler should make. */
export const MAX_REPLY_DAYS = 90;

/**
 * Why a reply-by date (约定回复日期) cannot be agreed at `now`: before today in Shanghai, or more
 * than MAX_REPLY_DAYS ahead; null when it can.
 */
export function replyByRefusal(replyBy: string, now: Date = new Date()): 'past' | 'tooFar' | null {
  if (replyBy < businessDate(now)) return 'past';
  if (replyBy > businessDate(now.getTime() + MAX_REPLY_DAYS * 86_400_000)) return 'tooFar';
  return null;
}


/**
 * The ladder of a promised answer (约定回复): the accountable staff member is reminded the day
 * before the agreed date; once it has passed unanswered the service-center manager hears too; after
 * LONG_OVERDUE_DAYS more days the regional heads do. Dates are Asia/Shanghai business dates.
 */
export const REPLY_ALERT_LEVELS = [
  { level: 1, kind: 'dueSoon', daysAfterReplyBy: -1 },
  { level: 2, kind: 'overdue', daysAfterReplyBy: 1 },
  { level: 3, kind: 'longOverdue', daysAfterReplyBy: 4 },
] as const;
export const LONG_OVERDUE_DAYS = 3;
export const MAX_REPLY_ALERT_LEVEL = 3;

export type ReplyAlert = (typeof REPLY_ALERT_LEVELS)[number];

/**
 * The highest level due on `today` above the one already fired, or null. Levels skipped while the
 * job was down are not sent late one by one: the order jumps to the level that applies now.
 */
export function dueReplyAlert(replyBy: string, today: string, firedLevel: number): ReplyAlert | null {
  const late = parseDateToEpochDay(today) - parseDateToEpochDay(replyBy);
  if (Number.isNaN(late)) throw new Error(`dueReplyAlert: invalid date ${replyBy} / ${today}`);
  let due: ReplyAlert | null = null;
  for (const step of REPLY_ALERT_LEVELS) if (late >= step.daysAfterReplyBy && step.level > firedLevel) due = step;
  return due;
}

/** The first date on which a reply-by date raises any alert: the reminder's day. */
export function firstReplyAlertDate(today: string): string {
  const day = parseDateToEpochDay(today) + 1;
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
