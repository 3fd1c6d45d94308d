import { Lunar, LunarMonth, LunarYear, Solar } from 'lunar-typescript';

/**
 * The one place that talks to lunar-typescript. Its months are numbered 1–12 and a leap month is the
 * negative number of the month it follows (闰五月 = -5); callers here say `{ month: 5, leapMonth: true }`.
 */

/** Years the lunar tables are trusted for; outside them an answer would be a guess. */
export const LUNAR_YEAR_RANGE = { min: 1901, max: 2099 } as const;

export interface LunarDate {
  /** The lunar year (the one that starts with its 春节), not the Gregorian year of the solar date. */
  year: number;
  month: number;
  day: number;
  leapMonth: boolean;
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < LUNAR_YEAR_RANGE.min || year > LUNAR_YEAR_RANGE.max) {
    throw new RangeError(`year ${year} is outside ${LUNAR_YEAR_RANGE.min}–${LUNAR_YEAR_RANGE.max}`);
  }
}

/** The leap month of a lunar year (2028 → 5), or 0 when it has none. */
export function leapMonthOf(lunarYear: number): number {
  assertYear(lunarYear);
  return LunarYear.fromYear(lunarYear).getLeapMonth();
}

/** 29 or 30; 0 when the month does not exist (a leap month the year lacks). */
export function lunarMonthDays(lunarYear: number, month: number, leapMonth = false): number {
  assertYear(lunarYear);
  if (leapMonth && leapMonthOf(lunarYear) !== month) return 0;
  return LunarMonth.fromYm(lunarYear, leapMonth ? -month : month)?.getDayCount() ?? 0;
}

/** The solar date of an existing lunar date; throws when the day or leap month does not exist. */
export function lunarToSolar(date: LunarDate): string {
  const days = lunarMonthDays(date.year, date.month, date.leapMonth);
  if (date.day < 1 || date.day > days) throw new RangeError(`lunar ${date.year}/${date.leapMonth ? 'leap ' : ''}${date.month}/${date.day} does not exist`);
  return Lunar.fromYmd(date.year, date.leapMonth ? -date.month : date.month, date.day).getSolar().toYmd();
}

/** The lunar date of a solar 'YYYY-MM-DD'. */
export function solarToLunar(ymd: string): LunarDate {
  const [y, m, d] = parseYmd(ymd);
  const lunar = Solar.fromYmd(y, m, d).getLunar();
  const month = lunar.getMonth();
  return { year: lunar.getYear(), month: Math.abs(month), day: lunar.getDay(), leapMonth: month < 0 };
}

/** The date of a solar term (节气, by its Chinese name such as 清明) in a Gregorian year. */
export function solarTermDate(gregorianYear: number, term: string): string {
  assertYear(gregorianYear);
  // The table of the lunar year holding 1 March runs from the 冬至 before to the 惊蛰 after, so it
  // covers the whole Gregorian year; its repeated terms carry pinyin keys, hence the name check per day.
  const table = Solar.fromYmd(gregorianYear, 3, 1).getLunar().getJieQiTable();
  const solar = Object.values(table).find((s) => s.getYear() === gregorianYear && s.getLunar().getJieQi() === term);
  if (!solar) throw new RangeError(`no solar term ${term} in ${gregorianYear}`);
  return solar.toYmd();
}

export function parseYmd(ymd: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${ymd}`);
  const parts: [number, number, number] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]));
  if (check.getUTCMonth() !== parts[1] - 1 || check.getUTCDate() !== parts[2]) throw new RangeError(`no such date: ${ymd}`);
  return parts;
}

export function formatYmd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(ymd: string, days: number): string {
  const [y, m, d] = parseYmd(ymd);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return formatYmd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
