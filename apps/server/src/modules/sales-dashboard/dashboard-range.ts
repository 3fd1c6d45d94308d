import { businessDate, shanghaiInstant } from '@guanjia/domain';
import { epochDayToDate, parseDateToEpochDay } from '@guanjia/domain/calendar/epoch-day';
import { AppError } from '../../platform/http/errors.js';

/** A quarter: one request never reads more than this many days of visits. */
export const MAX_RANGE_DAYS = 92;
export const DEFAULT_RANGE_DAYS = 7;

export interface DashboardRange {
  from: string;
  to: string;
  today: string;
  /** Every business date from `from` to `to`, in order. */
  dates: string[];
  /** UTC instants bounding the range in Shanghai time: [start of `from`, start of the day after `to`). */
  startsAt: string;
  endsBefore: string;
}

function rangeError(field: 'from' | 'to', key: string): AppError {
  return new AppError(400, 'VALIDATION_FAILED', 'error.validation', { max: MAX_RANGE_DAYS }, { [field]: key });
}

/**
 * The dates the dashboard covers: by default the last 7 days up to today (Shanghai); `to` alone
 * ends the 7 days there, `from` alone runs to today. A range ending before it starts, or longer
 * than MAX_RANGE_DAYS, is refused on the field.
 */
export function dashboardRange(query: { from?: string; to?: string }, now: Date): DashboardRange {
  const today = businessDate(now);
  const to = query.to ?? today;
  const toDay = parseDateToEpochDay(to);
  const from = query.from ?? epochDayToDate(toDay - (DEFAULT_RANGE_DAYS - 1));
  const fromDay = parseDateToEpochDay(from);
  if (toDay < fromDay) throw rangeError(query.to ? 'to' : 'from', 'salesDashboard.field.rangeReversed');
  if (toDay - fromDay + 1 > MAX_RANGE_DAYS) throw rangeError(query.from ? 'from' : 'to', 'salesDashboard.field.rangeTooLong');
  const dates: string[] = [];
  for (let d = fromDay; d <= toDay; d++) dates.push(epochDayToDate(d));
  return { from, to, today, dates, startsAt: shanghaiInstant(from, '00:00').toISOString(), endsBefore: shanghaiInstant(to, '24:00').toISOString() };
}
