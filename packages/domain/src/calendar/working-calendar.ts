import {
  MS_PER_DAY,
  SHANGHAI_OFFSET_MS,
  epochDayToDate,
  epochDayWeekday,
  epochDayYear,
  instantMs,
  parseDateToEpochDay,
  shanghaiEpochDay,
} from './epoch-day.js';

/** Exceptions to Monday–Friday (official days off, make-up workdays) and the years whose notice is loaded. */
export interface CalendarData {
  days: { date: string; kind: 'off' | 'work' }[];
  completeYears: number[];
}

/** A service center's office hours, 'HH:MM' in Shanghai time. */
export interface OfficeHours {
  start: string;
  end: string;
}

export const DEFAULT_OFFICE_HOURS: OfficeHours = { start: '08:30', end: '17:30' };

export interface EarliestServiceDate {
  date: string;
  /** False when a year the computation looked at has no official data and fell back to Monday–Friday. */
  calendarComplete: boolean;
}

/** Years precomputed before the data's first year; later years get this many after the data or today. */
const FIRST_PRECOMPUTED_YEAR = 2000;
const YEARS_AHEAD = 10;

/**
 * The national working-day calendar. Working flags, running counts and the list of working days are
 * precomputed per epoch day over a range of years, so the lead-time rule is a few array reads;
 * dates outside the range are walked day by day with the same rules.
 */
export class WorkingCalendar {
  private readonly overrides = new Map<number, boolean>();
  private readonly complete: Set<number>;
  private readonly fromYear: number;
  private readonly lo: number;
  private readonly size: number;
  private readonly working: Uint8Array;
  /** prefix[i] = working days in [lo, lo + i). */
  private readonly prefix: Int32Array;
  /** Offsets (from lo) of every working day in the range, ascending. */
  private readonly workDays: Int32Array;
  /** Offset → year − fromYear. */
  private readonly yearOf: Uint16Array;
  /** incompleteBefore[y] = years without data among fromYear … fromYear + y − 1. */
  private readonly incompleteBefore: Int32Array;
  private readonly dates: string[];

  constructor(data: CalendarData) {
    this.complete = new Set(data.completeYears);
    let minYear = FIRST_PRECOMPUTED_YEAR;
    let maxYear = new Date().getUTCFullYear();
    for (const row of data.days) {
      const day = parseDateToEpochDay(row.date);
      if (Number.isNaN(day)) throw new RangeError(`Invalid calendar date: ${row.date}`);
      this.overrides.set(day, row.kind === 'work');
      const year = epochDayYear(day);
      if (year < minYear) minYear = year;
      if (year > maxYear) maxYear = year;
    }
    for (const year of data.completeYears) if (year > maxYear) maxYear = year;
    const toYear = maxYear + YEARS_AHEAD;
    this.fromYear = minYear;
    this.lo = Date.UTC(minYear, 0, 1) / MS_PER_DAY;
    this.size = Date.UTC(toYear + 1, 0, 1) / MS_PER_DAY - this.lo;

    this.working = new Uint8Array(this.size);
    this.prefix = new Int32Array(this.size + 1);
    this.yearOf = new Uint16Array(this.size);
    this.dates = new Array<string>(this.size + 1);
    const workDays: number[] = [];
    for (let i = 0, year = minYear, nextYearStart = Date.UTC(minYear + 1, 0, 1) / MS_PER_DAY; i < this.size; i++) {
      const day = this.lo + i;
      if (day >= nextYearStart) {
        year++;
        nextYearStart = Date.UTC(year + 1, 0, 1) / MS_PER_DAY;
      }
      const isWorking = this.ruleAt(day);
      this.working[i] = isWorking ? 1 : 0;
      this.prefix[i + 1] = this.prefix[i]! + (isWorking ? 1 : 0);
      if (isWorking) workDays.push(i);
      this.yearOf[i] = year - minYear;
      this.dates[i] = epochDayToDate(day);
    }
    this.dates[this.size] = epochDayToDate(this.lo + this.size);
    this.workDays = Int32Array.from(workDays);

    const years = toYear - minYear + 1;
    this.incompleteBefore = new Int32Array(years + 1);
    for (let y = 0; y < years; y++) {
      this.incompleteBefore[y + 1] = this.incompleteBefore[y]! + (this.complete.has(minYear + y) ? 0 : 1);
    }
  }

  /** A row for the date decides; otherwise Monday–Friday are working days. */
  isWorkingDay(date: string): boolean {
    return this.workingAt(requireDay(date));
  }

  isYearComplete(year: number): boolean {
    return this.complete.has(year);
  }

  /** Earliest service date for a request made at an instant, whose Shanghai date is the request date. */
  earliestServiceDate(requestedAt: Date | string | number, leadWorkingDays: number): EarliestServiceDate {
    const ms = instantMs(requestedAt);
    if (!Number.isFinite(ms)) throw new RangeError(`Invalid instant: ${String(requestedAt)}`);
    return this.earliestFromDay(shanghaiEpochDay(ms), leadWorkingDays);
  }

  /**
   * At least N working days must lie in [R, D): for N ≥ 1 the day after the N-th working day on or
   * after R; for N = 0, R itself.
   */
  earliestServiceDateFrom(requestDate: string, leadWorkingDays: number): EarliestServiceDate {
    return this.earliestFromDay(requireDay(requestDate), leadWorkingDays);
  }

  /** The instant (ISO UTC) after counting the given minutes of office hours on working days only. */
  addWorkingMinutes(start: Date | string | number, minutes: number, office: OfficeHours = DEFAULT_OFFICE_HOURS): string {
    const ms = instantMs(start);
    if (!Number.isFinite(ms)) throw new RangeError(`Invalid instant: ${String(start)}`);
    if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`Invalid minutes: ${minutes}`);
    const open = officeMinute(office.start) * 60_000;
    const close = officeMinute(office.end) * 60_000;
    if (!(open < close)) throw new RangeError(`Office hours must start before they end: ${office.start}–${office.end}`);
    let remaining = Math.round(minutes * 60_000);
    if (remaining === 0) return new Date(ms).toISOString();

    const local = ms + SHANGHAI_OFFSET_MS;
    let day = Math.floor(local / MS_PER_DAY);
    let t = local - day * MS_PER_DAY;
    if (!this.workingAt(day) || t >= close) {
      day = this.nthWorkingOnOrAfter(day + 1, 1);
      t = open;
    } else if (t < open) {
      t = open;
    }
    const available = close - t;
    if (remaining > available) {
      remaining -= available;
      const perDay = close - open;
      // Whole office days are skipped through the precomputed list; the last day keeps (0, perDay].
      const fullDays = Math.ceil(remaining / perDay) - 1;
      day = this.nthWorkingOnOrAfter(day + 1, fullDays + 1);
      t = open + remaining - fullDays * perDay;
    } else {
      t += remaining;
    }
    return new Date(day * MS_PER_DAY + t - SHANGHAI_OFFSET_MS).toISOString();
  }

  previousWorkingDayOnOrBefore(date: string): string {
    const day = requireDay(date);
    const i = day - this.lo;
    if (i >= 0 && i < this.size) {
      const count = this.prefix[i + 1]!;
      if (count > 0) return this.dates[this.workDays[count - 1]!]!;
    }
    let d = day;
    while (!this.workingAt(d)) d--;
    return epochDayToDate(d);
  }

  private earliestFromDay(day: number, n: number): EarliestServiceDate {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Invalid lead working days: ${n}`);
    const i = day - this.lo;
    if (i >= 0 && i < this.size) {
      if (n === 0) return { date: this.dates[i]!, calendarComplete: this.complete.has(this.fromYear + this.yearOf[i]!) };
      const k = this.prefix[i]! + n - 1;
      if (k < this.workDays.length) {
        const w = this.workDays[k]!;
        const incomplete = this.incompleteBefore[this.yearOf[w]! + 1]! - this.incompleteBefore[this.yearOf[i]!]!;
        return { date: this.dates[w + 1]!, calendarComplete: incomplete === 0 };
      }
    }
    if (n === 0) return { date: epochDayToDate(day), calendarComplete: this.complete.has(epochDayYear(day)) };
    const last = this.nthWorkingOnOrAfter(day, n);
    return { date: epochDayToDate(last + 1), calendarComplete: this.yearsComplete(epochDayYear(day), epochDayYear(last)) };
  }

  /** The n-th (n ≥ 1) working day on or after the given epoch day. */
  private nthWorkingOnOrAfter(day: number, n: number): number {
    const i = day - this.lo;
    if (i >= 0 && i < this.size) {
      const k = this.prefix[i]! + n - 1;
      if (k < this.workDays.length) return this.lo + this.workDays[k]!;
    }
    let d = day;
    let seen = 0;
    for (;;) {
      if (this.workingAt(d) && ++seen === n) return d;
      d++;
    }
  }

  private yearsComplete(from: number, to: number): boolean {
    for (let y = from; y <= to; y++) if (!this.complete.has(y)) return false;
    return true;
  }

  private workingAt(day: number): boolean {
    const i = day - this.lo;
    if (i >= 0 && i < this.size) return this.working[i] === 1;
    return this.ruleAt(day);
  }

  private ruleAt(day: number): boolean {
    const override = this.overrides.get(day);
    if (override !== undefined) return override;
    const weekday = epochDayWeekday(day);
    return weekday !== 0 && weekday !== 6;
  }
}

function requireDay(date: string): number {
  const day = parseDateToEpochDay(date);
  if (Number.isNaN(day)) throw new RangeError(`Invalid date: ${date}`);
  return day;
}

function officeMinute(hhmm: string): number {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(hhmm);
  if (!match) throw new RangeError(`Invalid office time: ${hhmm}`);
  const minute = Number(match[1]) * 60 + Number(match[2]);
  if (minute > 24 * 60) throw new RangeError(`Invalid office time: ${hhmm}`);
  return minute;
}
