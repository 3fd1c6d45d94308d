import { epochDayToDate, parseDateToEpochDay } from '@guanjia/domain/calendar/epoch-day';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { findVisibleSalesCenter } from './drill-access.js';
import { drillRuleError } from './drill-errors.js';
import { presentDrillDays } from './present-drill-days.js';
import type { HistoryView } from './schemas.js';

export const MAX_RANGE_DAYS = 62;

/** Dates from…to inclusive, or 422 when the range is reversed or longer than MAX_RANGE_DAYS. */
export function dateRange(from: string, to: string): string[] {
  const first = parseDateToEpochDay(from);
  const last = parseDateToEpochDay(to);
  if (last < first) throw drillRuleError('INVALID_RANGE', 'to', 'etiquetteDrill.field.rangeReversed');
  if (last - first + 1 > MAX_RANGE_DAYS) throw drillRuleError('INVALID_RANGE', 'to', 'etiquetteDrill.field.rangeTooLong', { days: MAX_RANGE_DAYS });
  return Array.from({ length: last - first + 1 }, (_, i) => epochDayToDate(first + i));
}

/** Past (or coming) days of a sales center: the days with drills, newest first, each slot done or missed. */
export async function listDrillDays(db: DbOrTx, actor: Actor, salesCenterId: string, from: string, to: string, now: Date = new Date()): Promise<HistoryView> {
  const center = await findVisibleSalesCenter(db, actor, salesCenterId);
  const days = await presentDrillDays(db, center, dateRange(from, to), now, false);
  return {
    salesCenter: { id: center.id, name: center.name, projectId: center.project_id },
    days: days.filter((d) => d.slots.length > 0).reverse(),
  };
}
