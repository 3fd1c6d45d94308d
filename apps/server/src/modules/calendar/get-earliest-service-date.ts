import type { EarliestServiceDate } from '@guanjia/domain';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { ValidationError } from '../../platform/http/errors.js';
import type { EarliestServiceDateQuery } from './schemas.js';
import { getWorkingCalendar } from './working-calendar-cache.js';

export async function getEarliestServiceDate(db: DbOrTx, query: EarliestServiceDateQuery): Promise<EarliestServiceDate> {
  // The format check accepts a shape like 2026-02-30T00:00Z; the clock decides whether it exists.
  const ms = Date.parse(query.requestedAt);
  if (!Number.isFinite(ms) || !isRealInstant(query.requestedAt, ms)) throw new ValidationError({ requestedAt: 'field.invalidFormat' });
  const calendar = await getWorkingCalendar(db);
  return calendar.earliestServiceDate(ms, query.leadWorkingDays);
}

/** Date.parse rolls 2026-02-30 over to March; the written date must survive the round trip (in its own offset). */
function isRealInstant(text: string, ms: number): boolean {
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(text);
  const shift = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000 : 0;
  return new Date(ms + shift).toISOString().slice(0, 10) === text.slice(0, 10);
}
