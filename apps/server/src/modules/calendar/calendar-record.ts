import type { DbOrTx, Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { ValidationError } from '../../platform/http/errors.js';
import { YEAR_MAX, YEAR_MIN, type CalendarYearView } from './schemas.js';

/** True for a YYYY-MM-DD that exists (no 2026-02-30). */
export function isRealDate(date: string): boolean {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === date;
}

export function isWeekend(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** A day given in a path or body: a real date inside the years the calendar keeps. */
export function assertCalendarDate(date: string, field = 'date'): number {
  if (!isRealDate(date)) throw new ValidationError({ [field]: 'calendar.field.notADate' });
  const year = Number(date.slice(0, 4));
  if (year < YEAR_MIN || year > YEAR_MAX) throw new ValidationError({ [field]: 'calendar.field.yearOutOfRange' });
  return year;
}

/** The year with its rows, as the admin page and the public list show it. */
export async function loadCalendarYear(db: DbOrTx, year: number): Promise<CalendarYearView> {
  const [days, yearRow] = await Promise.all([
    db.selectFrom('calendar_days').select(['date', 'kind', 'name']).where('year', '=', year).orderBy('date').execute(),
    db.selectFrom('calendar_years').select(['source', 'updated_at']).where('year', '=', year).executeTakeFirst(),
  ]);
  return {
    year,
    complete: yearRow !== undefined,
    source: yearRow?.source ?? null,
    updatedAt: yearRow?.updated_at ?? null,
    days: days.map((d) => ({ date: d.date, kind: d.kind === 'work' ? 'work' : 'off', name: d.name })),
  };
}

/** A hand edit in a year with official data makes that year's source 'manual'; it never marks a year complete. */
export async function markYearEdited(trx: Tx, actor: Actor, year: number, now: string): Promise<void> {
  await trx
    .updateTable('calendar_years')
    .set({ source: 'manual', updated_by: actor.userId, updated_at: now })
    .where('year', '=', year)
    .execute();
}

/** Counts kept in the audit log instead of a year's full list of days. */
export async function yearSummary(db: DbOrTx, year: number): Promise<{ source: string | null; off: number; work: number }> {
  const view = await loadCalendarYear(db, year);
  return {
    source: view.source,
    off: view.days.filter((d) => d.kind === 'off').length,
    work: view.days.filter((d) => d.kind === 'work').length,
  };
}
