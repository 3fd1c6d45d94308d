import { recordAudit } from '../../platform/audit/record-audit.js';
import { nowIso, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { assertCalendarDate, markYearEdited } from './calendar-record.js';

/** Removes a hand-entered or official exception: the day follows Monday–Friday again. */
export async function removeCalendarDay(trx: Tx, actor: Actor, date: string): Promise<void> {
  const year = assertCalendarDate(date);
  const before = await trx.selectFrom('calendar_days').select(['date', 'kind', 'name']).where('date', '=', date).executeTakeFirst();
  if (!before) throw new NotFoundError('entity.calendarDay');
  await trx.deleteFrom('calendar_days').where('date', '=', date).execute();
  await markYearEdited(trx, actor, year, nowIso());
  await recordAudit(trx, actor, actor.companyId, { action: 'delete', entityType: 'calendarDay', entityId: date, before });
}
