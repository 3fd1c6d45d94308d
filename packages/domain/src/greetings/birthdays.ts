import { LUNAR_YEAR_RANGE, formatYmd, leapMonthOf, lunarMonthDays, lunarToSolar, parseYmd } from './lunar-calendar.js';

/** A person's birthday as they keep it: on the solar calendar, or on the lunar one (maybe in a leap month). */
export type Birthday =
  | { calendar: 'solar'; month: number; day: number }
  | { calendar: 'lunar'; month: number; day: number; leapMonth?: boolean };

/** A birthday that names a month and day that can exist: 2/29 is a solar birthday, 30 is a lunar one. */
export function isValidBirthday(b: Birthday): boolean {
  if (!Number.isInteger(b.month) || !Number.isInteger(b.day) || b.month < 1 || b.month > 12 || b.day < 1) return false;
  if (b.calendar === 'lunar') return b.day <= 30;
  return b.day <= new Date(Date.UTC(2024, b.month, 0)).getUTCDate();
}

/**
 * The solar date of a lunar birthday in one lunar year (its 生日祝贺 day):
 * - a 30th in a month of 29 days falls on the 29th, the month's last day;
 * - a leap-month birthday (闰五月初三) is kept in that leap month when the year has it, else in the
 *   ordinary month of the same number; an ordinary-month birthday stays in the ordinary month even
 *   when the year repeats it.
 */
export function lunarBirthdayOfLunarYear(b: { month: number; day: number; leapMonth?: boolean }, lunarYear: number): string {
  const leap = Boolean(b.leapMonth) && leapMonthOf(lunarYear) === b.month;
  const day = Math.min(b.day, lunarMonthDays(lunarYear, b.month, leap));
  return lunarToSolar({ year: lunarYear, month: b.month, day, leapMonth: leap });
}

/** A solar birthday in a Gregorian year; 29 February is greeted on 28 February when the year has no 29th. */
export function solarBirthdayOfYear(b: { month: number; day: number }, year: number): string {
  const last = new Date(Date.UTC(year, b.month, 0)).getUTCDate();
  return formatYmd(year, b.month, Math.min(b.day, last));
}

/**
 * Every greeting day of a birthday between two dates, both included, in order. This is what a greeting
 * job asks ("whose birthday falls in the next 7 days"). A lunar birthday moves against the Gregorian year:
 * the one of lunar year Y lands between late January of Y and mid-February of Y+1, so a late-冬月 or
 * 腊月 birthday can land twice in one Gregorian year (腊月初一: 2027-01-08 and 2027-12-28) or not at all
 * (2028). Each lunar year gives exactly one greeting day.
 */
export function birthdaysBetween(b: Birthday, fromDate: string, toDate: string): string[] {
  const [fromYear] = parseYmd(fromDate);
  const [toYear] = parseYmd(toDate);
  if (toDate < fromDate) return [];
  const out: string[] = [];
  if (b.calendar === 'solar') {
    for (let y = fromYear; y <= toYear; y++) out.push(solarBirthdayOfYear(b, y));
  } else {
    // Lunar year Y-1's dates reach into January and February of Y.
    const first = Math.max(fromYear - 1, LUNAR_YEAR_RANGE.min);
    for (let y = first; y <= toYear; y++) out.push(lunarBirthdayOfLunarYear(b, y));
  }
  return out.filter((d) => d >= fromDate && d <= toDate);
}

/** All greeting days of a birthday in one Gregorian year: one for a solar birthday, 0 to 2 for a lunar one. */
export function birthdaysInYear(b: Birthday, gregorianYear: number): string[] {
  return birthdaysBetween(b, formatYmd(gregorianYear, 1, 1), formatYmd(gregorianYear, 12, 31));
}

/**
 * "This year's birthday" for display: the first greeting day in the Gregorian year, or null in the rare
 * year a late-腊月 birthday skips. Jobs use `birthdaysBetween`, which never loses the second one.
 */
export function birthdayInYear(b: Birthday, gregorianYear: number): string | null {
  return birthdaysInYear(b, gregorianYear)[0] ?? null;
}

/** The next greeting day on or after a date (today's counts). */
export function nextBirthday(b: Birthday, onOrAfter: string): string {
  const [y] = parseYmd(onOrAfter);
  // Two Gregorian years always hold one: lunar occurrences are at most 385 days apart.
  return birthdaysBetween(b, onOrAfter, formatYmd(y + 2, 12, 31))[0]!;
}
