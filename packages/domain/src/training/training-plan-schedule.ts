import type { TrainingSessionStatus } from './training-session-flow.js';

/**
 * 定期对售楼员进行物业管理等相关知识培训: a recurring plan, every N weeks from its start date or
 * monthly on a day (clamped to the month's last day: the 31st is 30 April).
 */
export type TrainingRecurrence = { kind: 'everyWeeks'; weeks: number } | { kind: 'monthly'; dayOfMonth: number };

export interface TrainingPlanTimetable {
  startDate: string;
  recurrence: TrainingRecurrence;
}

const DAY_MS = 86_400_000;
const toEpochDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const fromEpochDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const lastDayOfMonth = (year: number, month0: number) => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();

export function addDays(date: string, n: number): string {
  return fromEpochDay(toEpochDay(date) + n);
}

function monthlyDate(year: number, month0: number, dayOfMonth: number): string {
  const d = Math.min(dayOfMonth, lastDayOfMonth(year, month0));
  return new Date(Date.UTC(year, month0, d)).toISOString().slice(0, 10);
}

/** The first occurrence on or after `date` (never before the start date). */
export function occurrenceOnOrAfter(plan: TrainingPlanTimetable, date: string): string {
  const from = date < plan.startDate ? plan.startDate : date;
  if (plan.recurrence.kind === 'everyWeeks') {
    const step = plan.recurrence.weeks * 7;
    const k = Math.ceil((toEpochDay(from) - toEpochDay(plan.startDate)) / step);
    return addDays(plan.startDate, k * step);
  }
  const [y, m] = from.split('-').map(Number) as [number, number];
  const inMonth = monthlyDate(y, m - 1, plan.recurrence.dayOfMonth);
  return inMonth >= from ? inMonth : monthlyDate(y, m, plan.recurrence.dayOfMonth);
}

/** The last occurrence strictly before `date`, or null when the plan had none yet. */
export function occurrenceBefore(plan: TrainingPlanTimetable, date: string): string | null {
  if (date <= plan.startDate) return null;
  if (plan.recurrence.kind === 'everyWeeks') {
    const step = plan.recurrence.weeks * 7;
    const k = Math.floor((toEpochDay(date) - 1 - toEpochDay(plan.startDate)) / step);
    return addDays(plan.startDate, k * step);
  }
  const [y, m] = date.split('-').map(Number) as [number, number];
  const inMonth = monthlyDate(y, m - 1, plan.recurrence.dayOfMonth);
  const candidate = inMonth < date ? inMonth : monthlyDate(y, m - 2, plan.recurrence.dayOfMonth);
  return candidate >= plan.startDate ? candidate : null;
}

/**
 * A plan is overdue when its last occurrence before today has no session that took place: none
 * was created, or it is still scheduled, or it was cancelled.
 */
export function planOverdue(lastDue: { date: string | null; sessionStatus: TrainingSessionStatus | null }): boolean {
  if (!lastDue.date) return false;
  return lastDue.sessionStatus !== 'held' && lastDue.sessionStatus !== 'recorded';
}
