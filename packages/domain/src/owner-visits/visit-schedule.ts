import { addCalendarDays } from '../opening-readiness/milestones.js';
import { businessDate } from '../shared/business-date.js';

/**
 * 定期回访: every household at least once per cadence. "quarterly" means once in each calendar
 * quarter in Asia/Shanghai (Q1 Jan–Mar …); a number of days means within that many days of the
 * last visit. Dates are YYYY-MM-DD business dates.
 */
export type VisitCadence = { kind: 'quarterly' } | { kind: 'days'; days: number };
export const DEFAULT_VISIT_CADENCE: VisitCadence = { kind: 'quarterly' };

export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  /** First day (YYYY-MM-DD). */
  start: string;
  /** Last day (YYYY-MM-DD). */
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const toDate = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function quarterAt(year: number, quarter: number): Quarter {
  const y = year + Math.floor((quarter - 1) / 4);
  const q = ((((quarter - 1) % 4) + 4) % 4) + 1;
  const firstMonth = (q - 1) * 3 + 1;
  // Day 0 of the month after the quarter is its last day.
  const end = toDate(new Date(Date.UTC(y, firstMonth + 2, 0)));
  return { year: y, quarter: q as Quarter['quarter'], start: `${y}-${pad(firstMonth)}-01`, end };
}

/** The quarter a business date falls in. */
export function quarterOf(date: string): Quarter {
  const [y, m] = date.split('-').map(Number);
  return quarterAt(y!, Math.floor((m! - 1) / 3) + 1);
}

/** The Shanghai quarter of an instant: 2026-03-31T16:00Z is 04-01 in Shanghai, so Q2. */
export function businessQuarter(instant: Date | string | number): Quarter {
  return quarterOf(businessDate(instant));
}

export function shiftQuarter(q: Quarter, by: number): Quarter {
  return quarterAt(q.year, q.quarter + by);
}

/** "2026 Q2" / "2026年第2季度". */
export function quarterLabel(q: Quarter, locale: 'zh-CN' | 'en'): string {
  return locale === 'en' ? `${q.year} Q${q.quarter}` : `${q.year}年第${q.quarter}季度`;
}

/**
 * When the next visit is due. Quarterly: by the end of the quarter after the last visit's; never
 * visited, by the end of the quarter the household arrived in (`since`). Days: last visit (or
 * `since`) plus the cadence.
 */
export function visitDueOn(cadence: VisitCadence, lastVisitedOn: string | null, since: string): string {
  if (cadence.kind === 'days') return addCalendarDays(lastVisitedOn ?? since, cadence.days);
  return lastVisitedOn ? shiftQuarter(quarterOf(lastVisitedOn), 1).end : quarterOf(since).end;
}

export const VISIT_STATUSES = ['overdue', 'due', 'visited'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** overdue: the due date has passed; visited: seen this quarter and not overdue; due: otherwise. */
export function visitStatus(cadence: VisitCadence, lastVisitedOn: string | null, since: string, today: string): { dueOn: string; status: VisitStatus } {
  const dueOn = visitDueOn(cadence, lastVisitedOn, since);
  if (dueOn < today) return { dueOn, status: 'overdue' };
  const visited = lastVisitedOn !== null && lastVisitedOn >= quarterOf(today).start;
  return { dueOn, status: visited ? 'visited' : 'due' };
}

/**
 * The same "overdue" as visitStatus, as two cut-off dates a grouped SQL count can compare against:
 * overdue ⇔ (visited and lastVisitedOn < lastVisitBefore) or (never visited and since < sinceBefore).
 */
export function overdueCutoffs(cadence: VisitCadence, today: string): { lastVisitBefore: string; sinceBefore: string } {
  if (cadence.kind === 'days') {
    const cut = addCalendarDays(today, -cadence.days);
    return { lastVisitBefore: cut, sinceBefore: cut };
  }
  const current = quarterOf(today);
  return { lastVisitBefore: shiftQuarter(current, -1).start, sinceBefore: current.start };
}

export interface Coverage {
  visited: number;
  assigned: number;
  /** Whole percent, rounded down so that 100 means every household; null with nothing assigned. */
  percent: number | null;
}

export function coverageOf(visited: number, assigned: number): Coverage {
  return { visited, assigned, percent: assigned > 0 ? Math.floor((visited * 100) / assigned) : null };
}

