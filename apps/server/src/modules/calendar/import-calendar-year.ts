import { recordAudit } from '../../platform/audit/record-audit.js';
import { nowIso, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { ValidationError, type FieldErrors } from '../../platform/http/errors.js';
import { isRealDate, isWeekend, loadCalendarYear, yearSummary } from './calendar-record.js';
import type { CalendarYearView, ImportYearBody } from './schemas.js';

const BATCH = 200;

/**
 * Replaces a year with the State Council notice in holiday-cn form and marks the year complete.
 * Every entry is checked before anything is written.
 */
export async function importCalendarYear(trx: Tx, actor: Actor, year: number, input: ImportYearBody): Promise<CalendarYearView> {
  assertImportable(year, input);
  const before = await yearSummary(trx, year);
  const now = nowIso();
  await trx.deleteFrom('calendar_days').where('year', '=', year).execute();
  const rows = input.days.map((d) => ({
    date: d.date,
    year,
    kind: d.isOffDay ? ('off' as const) : ('work' as const),
    name: d.name,
    created_at: now,
    updated_at: now,
  }));
  for (let i = 0; i < rows.length; i += BATCH) await trx.insertInto('calendar_days').values(rows.slice(i, i + BATCH)).execute();

  const existing = await trx.selectFrom('calendar_years').select('year').where('year', '=', year).executeTakeFirst();
  if (existing) {
    await trx.updateTable('calendar_years').set({ source: 'import', updated_by: actor.userId, updated_at: now }).where('year', '=', year).execute();
  } else {
    await trx.insertInto('calendar_years').values({ year, source: 'import', updated_by: actor.userId, created_at: now, updated_at: now }).execute();
  }
  const after = await loadCalendarYear(trx, year);
  await recordAudit(trx, actor, actor.companyId, {
    action: 'import',
    entityType: 'calendarYear',
    entityId: String(year),
    before,
    after: { source: 'import', off: rows.filter((r) => r.kind === 'off').length, work: rows.filter((r) => r.kind === 'work').length },
  });
  return after;
}

/** Year matches, dates exist inside it, none repeats, and make-up workdays fall on a weekend. */
function assertImportable(year: number, input: ImportYearBody): void {
  if (input.year !== year) throw new ValidationError({ year: 'calendar.field.yearMismatch' });
  const fields: FieldErrors = {};
  const seen = new Set<string>();
  input.days.forEach((day, i) => {
    const field = `days.${i}.date`;
    if (!isRealDate(day.date)) fields[field] = 'calendar.field.notADate';
    else if (Number(day.date.slice(0, 4)) !== year) fields[field] = 'calendar.field.outsideYear';
    else if (seen.has(day.date)) fields[field] = 'calendar.field.duplicateDate';
    else if (!day.isOffDay && !isWeekend(day.date)) fields[`days.${i}.isOffDay`] = 'calendar.field.workdayOnWeekday';
    seen.add(day.date);
  });
  if (Object.keys(fields).length > 0) throw new ValidationError(fields);
}
