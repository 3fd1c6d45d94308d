import { WorkingCalendar } from '@guanjia/domain';
import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';

/** How often a cached calendar asks the database whether another process changed it. */
const RECHECK_MS = 60_000;

interface Entry {
  calendar: Promise<WorkingCalendar>;
  stamp: Promise<string>;
  checkedAt: number;
}

/**
 * One calendar per database, built once and shared by every request. Keyed by the dialect adapter,
 * which a database and its transactions share, so a transaction reads the same cached calendar.
 */
let cache = new WeakMap<object, Entry>();

export async function getWorkingCalendar(db: DbOrTx): Promise<WorkingCalendar> {
  const key = db.getExecutor().adapter;
  const entry = cache.get(key);
  const now = Date.now();
  if (entry && now - entry.checkedAt < RECHECK_MS) return entry.calendar;
  if (entry) {
    // A worker process does not see this process's invalidations: compare a cheap stamp instead.
    entry.checkedAt = now;
    const [was, is] = await Promise.all([entry.stamp, readStamp(db)]);
    if (was === is && cache.get(key) === entry) return entry.calendar;
  }
  const fresh: Entry = { stamp: readStamp(db), calendar: loadCalendar(db), checkedAt: now };
  cache.set(key, fresh);
  try {
    return await fresh.calendar;
  } catch (error) {
    if (cache.get(key) === fresh) cache.delete(key);
    throw error;
  }
}

/** Called after every committed change to the calendar tables. */
export function invalidateWorkingCalendar(): void {
  cache = new WeakMap();
}

async function loadCalendar(db: DbOrTx): Promise<WorkingCalendar> {
  const [days, years] = await Promise.all([
    db.selectFrom('calendar_days').select(['date', 'kind']).execute(),
    db.selectFrom('calendar_years').select('year').execute(),
  ]);
  return new WorkingCalendar({
    days: days.map((d) => ({ date: d.date, kind: d.kind === 'work' ? 'work' : 'off' })),
    completeYears: years.map((y) => Number(y.year)),
  });
}

/** Counts catch deletions, the latest update catches edits and imports. */
async function readStamp(db: DbOrTx): Promise<string> {
  const { rows } = await sql<{ dc: unknown; dm: unknown; yc: unknown; ym: unknown }>`
    select
      (select count(*) from calendar_days) as dc,
      (select max(updated_at) from calendar_days) as dm,
      (select count(*) from calendar_years) as yc,
      (select max(updated_at) from calendar_years) as ym`.execute(db);
  const r = rows[0];
  return r ? `${String(r.dc)}|${String(r.dm)}|${String(r.yc)}|${String(r.ym)}` : '';
}
