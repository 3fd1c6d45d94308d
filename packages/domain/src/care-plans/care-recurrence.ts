import { isoWeekday } from '../shared/wall-clock.js';
import { addDays, occurrenceOnOrAfter as trainingOccurrence } from '../training/training-plan-schedule.js';

/**
 * How often a care service recurs: once (on request), weekly on some weekdays, monthly on a day
 * (clamped to the month's last day: the 31st is 30 April), or every N days from the plan's start.
 * Dates are Asia/Shanghai business dates (YYYY-MM-DD).
 */
export const CARE_RECURRENCE_KINDS = ['once', 'weekly', 'monthly', 'everyDays'] as const;
export type CareRecurrenceKind = (typeof CARE_RECURRENCE_KINDS)[number];

export type CareRecurrence =
  | { kind: 'once' }
  | { kind: 'weekly'; weekdays: number[] }
  | { kind: 'monthly'; dayOfMonth: number }
  | { kind: 'everyDays'; days: number };

export type RecurrenceProblem = 'weekdaysRequired' | 'weekdayRange' | 'dayOfMonthRange' | 'daysRange';
export const MAX_EVERY_DAYS = 366;

/** What is wrong with a recurrence, per field ('weekdays', 'dayOfMonth', 'days'); empty when fine. */
export function recurrenceProblems(r: CareRecurrence): Partial<Record<'weekdays' | 'dayOfMonth' | 'days', RecurrenceProblem>> {
  if (r.kind === 'weekly') {
    if (!r.weekdays?.length) return { weekdays: 'weekdaysRequired' };
    if (r.weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) return { weekdays: 'weekdayRange' };
  }
  if (r.kind === 'monthly' && (!Number.isInteger(r.dayOfMonth) || r.dayOfMonth < 1 || r.dayOfMonth > 31)) return { dayOfMonth: 'dayOfMonthRange' };
  if (r.kind === 'everyDays' && (!Number.isInteger(r.days) || r.days < 1 || r.days > MAX_EVERY_DAYS)) return { days: 'daysRange' };
  return {};
}

/** One shape per kind, weekdays sorted and unique, so two equal recurrences compare equal as JSON. */
export function normalizeRecurrence(r: CareRecurrence): CareRecurrence {
  switch (r.kind) {
    case 'weekly':
      return { kind: 'weekly', weekdays: [...new Set(r.weekdays)].sort((a, b) => a - b) };
    case 'monthly':
      return { kind: 'monthly', dayOfMonth: r.dayOfMonth };
    case 'everyDays':
      return { kind: 'everyDays', days: r.days };
    default:
      return { kind: 'once' };
  }
}

const DAY_MS = 86_400_000;
const epochDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/**
 * The first occurrence on or after `from` of a plan starting on `start` (never before the start);
 * a one-off occurs on its start date only, so null once that has passed.
 */
export function careOccurrenceOnOrAfter(r: CareRecurrence, start: string, from: string): string | null {
  const on = from < start ? start : from;
  switch (r.kind) {
    case 'once':
      return on === start ? start : null;
    case 'weekly': {
      if (!r.weekdays.length) return null;
      for (let i = 0; i < 7; i++) {
        const d = addDays(on, i);
        if (r.weekdays.includes(isoWeekday(d))) return d;
      }
      return null;
    }
    case 'monthly':
      return trainingOccurrence({ startDate: start, recurrence: { kind: 'monthly', dayOfMonth: r.dayOfMonth } }, on);
    case 'everyDays': {
      const k = Math.ceil((epochDay(on) - epochDay(start)) / r.days);
      return addDays(start, k * r.days);
    }
  }
}

/** The occurrence after `date` (strictly later), or null when the plan has no more. */
export function careOccurrenceAfter(r: CareRecurrence, start: string, date: string): string | null {
  return careOccurrenceOnOrAfter(r, start, addDays(date, 1));
}

/** The next `count` occurrences from `from` on, for showing a plan's timetable. */
export function upcomingCareOccurrences(r: CareRecurrence, start: string, from: string, count: number): string[] {
  const out: string[] = [];
  let next = careOccurrenceOnOrAfter(r, start, from);
  while (next && out.length < count) {
    out.push(next);
    next = careOccurrenceAfter(r, start, next);
  }
  return out;
}

/**
 * After the occurrence `due` got its work order, the plan's next due date. A plan that fell behind
 * (the worker was down) does not replay every missed date: it moves on to today at the earliest.
 */
export function nextDueAfter(r: CareRecurrence, start: string, due: string, today: string): string | null {
  const next = careOccurrenceAfter(r, start, due);
  if (next === null || next >= today) return next;
  return careOccurrenceOnOrAfter(r, start, today);
}

const WEEKDAY_LABELS = { 'zh-CN': ['一', '二', '三', '四', '五', '六', '日'], en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] };

/** "每周二、五" / "Weekly on Tue, Fri", "每月 31 日", "每 14 天", "一次". */
export function recurrenceLabel(r: CareRecurrence, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const zh = locale === 'zh-CN';
  switch (r.kind) {
    case 'weekly': {
      const days = r.weekdays.map((d) => WEEKDAY_LABELS[locale][d - 1]);
      if (zh) return r.weekdays.length === 7 ? '每天' : `每周${days.join('、')}`;
      return r.weekdays.length === 7 ? 'Every day' : `Weekly on ${days.join(', ')}`;
    }
    case 'monthly':
      return zh ? `每月 ${r.dayOfMonth} 日` : `Monthly on day ${r.dayOfMonth}`;
    case 'everyDays':
      return zh ? `每 ${r.days} 天` : `Every ${r.days} days`;
    default:
      return zh ? '一次（按需）' : 'Once (on request)';
  }
}
