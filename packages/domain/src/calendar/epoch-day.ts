/**
 * Calendar dates as whole days since 1970-01-01 (UTC). Shanghai has kept UTC+8 without daylight
 * saving since 1991, so a business date is plain arithmetic on the instant — no Intl on hot paths.
 */
export const MS_PER_DAY = 86_400_000;
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** Epoch day of a YYYY-MM-DD string, or NaN when it is not a real calendar date. */
export function parseDateToEpochDay(date: string): number {
  if (typeof date !== 'string' || date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) {
    return NaN;
  }
  const y = digits(date, 0, 4);
  const m = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  if (Number.isNaN(y) || Number.isNaN(m) || Number.isNaN(d) || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    return NaN;
  }
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** YYYY-MM-DD of an epoch day. */
export function epochDayToDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The year of an epoch day. */
export function epochDayYear(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function epochDayWeekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Milliseconds since the epoch of an instant given as Date, ISO string or number; NaN when unreadable. */
export function instantMs(instant: Date | string | number): number {
  if (typeof instant === 'number') return instant;
  if (instant instanceof Date) return instant.getTime();
  if (typeof instant === 'string') return Date.parse(instant);
  return NaN;
}

/** The Shanghai business date of an instant, as an epoch day. */
export function shanghaiEpochDay(ms: number): number {
  return Math.floor((ms + SHANGHAI_OFFSET_MS) / MS_PER_DAY);
}

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    n = n * 10 + c;
  }
  return n;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}
