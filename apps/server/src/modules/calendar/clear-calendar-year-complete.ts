import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { NotFoundError } from '../../platform/http/errors.js';

/** The year is reported as lacking official data again; its rows stay and still count. */
export async function clearCalendarYearComplete(trx: Tx, actor: Actor, year: number): Promise<void> {
  const existing = await trx.selectFrom('calendar_years').select(['source', 'updated_at']).where('year', '=', year).executeTakeFirst();
  if (!existing) throw new NotFoundError('entity.calendarYear');
  await trx.deleteFrom('calendar_years').where('year', '=', year).execute();
  await recordAudit(trx, actor, actor.companyId, { action: 'clearComplete', entityType: 'calendarYear', entityId: String(year), before: existing });
}
