import { lunarLabel } from '../greetings/lunar-names.js';

/**
 * A member's birthday as the family keeps it: many Chinese families celebrate the lunar date
 * (农历), which may fall in a leap month (闰月). The year is optional (people often give only the day).
 */
export type BirthdayCalendar = 'solar' | 'lunar';

export interface Birthday {
  calendar: BirthdayCalendar;
  year?: number | null;
  month: number;
  day: number;
  /** Lunar only: the date is in the leap month that follows `month`. */
  leapMonth?: boolean | null;
}

export type BirthdayProblem = 'month' | 'day' | 'year' | 'leapOnSolar';

const SOLAR_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Shape checks that need no calendar data; `lunarDateExists` checks a lunar date in a given year. */
export function birthdayProblem(b: Birthday, thisYear: number): BirthdayProblem | null {
  if (b.year != null && (!Number.isInteger(b.year) || b.year < 1900 || b.year > thisYear)) return 'year';
  if (!Number.isInteger(b.month) || b.month < 1 || b.month > 12) return 'month';
  if (b.calendar === 'solar') {
    if (b.leapMonth) return 'leapOnSolar';
    const leap = b.year != null && b.month === 2 && !isSolarLeapYear(b.year);
    const max = leap ? 28 : SOLAR_DAYS[b.month - 1]!;
    if (!Number.isInteger(b.day) || b.day < 1 || b.day > max) return 'day';
    return null;
  }
  if (!Number.isInteger(b.day) || b.day < 1 || b.day > 30) return 'day';
  return null;
}

export function isSolarLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** 农历八月十五, 农历闰五月初三 / 1956年3月8日 in Chinese; "Lunar 8/15 (leap)" / "1956-03-08" in English. */
export function formatBirthday(b: Birthday, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (locale === 'en') {
    const md = b.year != null ? `${b.year}-${pad(b.month)}-${pad(b.day)}` : `${pad(b.month)}-${pad(b.day)}`;
    return b.calendar === 'lunar' ? `Lunar ${md}${b.leapMonth ? ' (leap month)' : ''}` : md;
  }
  if (b.calendar === 'lunar') {
    const year = b.year != null ? `${b.year}年` : '';
    return `农历${year}${lunarLabel({ month: b.month, day: b.day, leapMonth: Boolean(b.leapMonth) }, { prefix: false })}`;
  }
  return `${b.year != null ? `${b.year}年` : ''}${b.month}月${b.day}日`;
}

/** Age on a date (YYYY-MM-DD) by the birth year alone, when the year is known; good enough for an age band. */
export function ageInYear(b: Birthday | null | undefined, onDate: string): number | null {
  if (!b || b.year == null) return null;
  return Number(onDate.slice(0, 4)) - b.year;
}
