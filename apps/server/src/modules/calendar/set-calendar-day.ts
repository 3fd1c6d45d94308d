import { recordAudit } from '../../platform/audit/record-audit.js';
import { nowIso, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { ValidationError } from '../../platform/http/errors.js';
import { assertCalendarDate, isWeekend, markYearEdited } from './calendar-record.js';
import type { CalendarDayView, PutDayBody } from './schemas.js';

/** Adds or changes one day by hand; the year's completeness is left as it is. */
export async function setCalendarDay(trx: Tx, actor: Actor, date: string, input: PutDayBody): Promise<CalendarDayView> {
  const year = assertCalendarDate(date);
  if (input.kind === 'work' && !isWeekend(date)) throw new ValidationError({ kind: 'calendar.field.workdayOnWeekday' });
  const now = nowIso();
  const before = await trx.selectFrom('calendar_days').select(['date', 'kind', 'name']).where('date', '=', date).executeTakeFirst();
  if (before) {
    await trx.updateTable('calendar_days').set({ kind: input.kind, name: input.name, updated_at: now }).where('date', '=', date).execute();
  } else {
    await trx.insertInto('calendar_days').values({ date, year, kind: input.kind, name: input.name, created_at: now, updated_at: now }).execute();
  }
  await markYearEdited(trx, actor, year, now);
  const after: CalendarDayView = { date, kind: input.kind, name: input.name };
  await recordAudit(trx, actor, actor.companyId, { action: before ? 'update' : 'create', entityType: 'calendarDay', entityId: date, before, after });
  return after;
}
