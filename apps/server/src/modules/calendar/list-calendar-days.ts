import type { DbOrTx } from '../../platform/db/transaction.js';
import { loadCalendarYear } from './calendar-record.js';
import type { CalendarYearView } from './schemas.js';

/** A year's official days off and make-up workdays; a year without data answers complete: false. */
export async function listCalendarDays(db: DbOrTx, year: number): Promise<CalendarYearView> {
  return loadCalendarYear(db, year);
}
