import { recordAudit } from '../../platform/audit/record-audit.js';
import { nowIso, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { loadCalendarYear } from './calendar-record.js';
import type { CalendarYearView } from './schemas.js';

/** The administrator declares that the year's rows hold the whole official notice. */
export async function markCalendarYearComplete(trx: Tx, actor: Actor, year: number): Promise<CalendarYearView> {
  const existing = await trx.selectFrom('calendar_years').select('source').where('year', '=', year).executeTakeFirst();
  if (!existing) {
    const now = nowIso();
    await trx.insertInto('calendar_years').values({ year, source: 'manual', updated_by: actor.userId, created_at: now, updated_at: now }).execute();
    await recordAudit(trx, actor, actor.companyId, { action: 'markComplete', entityType: 'calendarYear', entityId: String(year), after: { source: 'manual' } });
  }
  return loadCalendarYear(trx, year);
}
