/**
 * claimJobs(db, workerId, limit, { now?, lockMs?, dialect? }): Promise<JobRow[]>
 * reapLostJobs(db, { now?, onGiveUp? }): Promise<number>
 *
 * The runner's only way to take work. One guarded UPDATE … RETURNING moves due jobs to 'running',
 * stamps the worker and a lock deadline, and counts the attempt; two workers can never both win
 * the same row:
 *   - PostgreSQL: the inner SELECT takes row locks with FOR UPDATE SKIP LOCKED, so concurrent
 *     claimers pass over each other's rows instead of waiting or double-claiming;
 *   - SQLite: writers are serialised by the database, and the outer WHERE re-checks claimability.
 * A 'running' job whose locked_until has passed belongs to a worker that died; it is claimable again
 * while attempts remain, and reapLostJobs marks it dead when none do.
 */
import { sql, type ExpressionBuilder, type Selectable } from 'kysely';
import type { Db, Dialect } from '../db/database.js';
import type { Database } from '../db/schema.js';
import type { JobTable } from './tables.js';

export type JobRow = Selectable<JobTable>;

export const DEFAULT_LOCK_MS = 10 * 60 * 1000;

export interface ClaimOptions {
  now?: Date;
  /** How long the claim holds before another worker may take the job over. */
  lockMs?: number;
  /** Defaults to detecting it from the Kysely adapter. */
  dialect?: Dialect;
}

export async function claimJobs(db: Db, workerId: string, limit: number, opts: ClaimOptions = {}): Promise<JobRow[]> {
  if (limit <= 0) return [];
  const now = (opts.now ?? new Date()).toISOString();
  const lockedUntil = new Date(Date.parse(now) + (opts.lockMs ?? DEFAULT_LOCK_MS)).toISOString();
  const postgres = (opts.dialect ?? dialectOf(db)) === 'postgresql';

  const candidates = db
    .selectFrom('jobs')
    .select('id')
    .where((eb) => claimable(eb, now))
    .orderBy('run_at')
    .orderBy('id')
    .limit(limit)
    // The one dialect branch: row locks exist only on PostgreSQL.
    .$if(postgres, (qb) => qb.forUpdate().skipLocked());

  return db
    .updateTable('jobs')
    .set({
      status: 'running',
      locked_by: workerId,
      locked_until: lockedUntil,
      attempts: sql<number>`attempts + 1`,
      updated_at: now,
    })
    .where('id', 'in', candidates)
    .where((eb) => claimable(eb, now))
    .returningAll()
    .execute();
}

/** Queued and due, or running under an expired lock with attempts left. */
function claimable(eb: ExpressionBuilder<Database, 'jobs'>, now: string) {
  return eb.or([
    eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', now)]),
    eb.and([eb('status', '=', 'running'), eb('locked_until', '<', now), eb('attempts', '<', eb.ref('max_attempts'))]),
  ]);
}

/** Why a job reaped by reapLostJobs gave up, in its last_error and for its give-up hook. */
export const LOST_ON_LAST_ATTEMPT = 'worker lost the job on its last attempt (lock expired)';

/**
 * A job whose worker died during its last allowed attempt will never be claimed again: mark it dead.
 * `onGiveUp` runs first for each (the job type's own consequence, e.g. a broadcast shown as failed);
 * a job whose hook throws stays as it is and is reaped again on a later round.
 */
export async function reapLostJobs(db: Db, opts: { now?: Date; onGiveUp?: (job: JobRow) => Promise<void> } = {}): Promise<number> {
  const now = (opts.now ?? new Date()).toISOString();
  const lost = (eb: ExpressionBuilder<Database, 'jobs'>) =>
    eb.and([eb('status', '=', 'running'), eb('locked_until', '<', now), eb('attempts', '>=', eb.ref('max_attempts'))]);
  const jobs = await db.selectFrom('jobs').selectAll().where(lost).execute();
  const settled: string[] = [];
  for (const job of jobs) {
    try {
      await opts.onGiveUp?.(job);
      settled.push(job.id);
    } catch {
      // Left running under its expired lock: the next round tries again.
    }
  }
  if (!settled.length) return 0;
  const rows = await db
    .updateTable('jobs')
    .set({
      status: 'dead',
      last_error: sql<string>`coalesce(last_error || ' / ', '') || ${LOST_ON_LAST_ATTEMPT}`,
      locked_until: null,
      updated_at: now,
    })
    .where('id', 'in', settled)
    // Guarded: a job finished meanwhile by its slow worker keeps that outcome.
    .where(lost)
    .returning('id')
    .execute();
  return rows.length;
}

const dialects = new WeakMap<Db, Dialect>();

/** PostgreSQL numbers its parameters ($1), SQLite does not (?): read it from a compiled query, once per handle. */
export function dialectOf(db: Db): Dialect {
  let d = dialects.get(db);
  if (!d) {
    d = db.selectFrom('jobs').select('id').where('id', '=', '').compile().sql.includes('$1') ? 'postgresql' : 'sqlite';
    dialects.set(db, d);
  }
  return d;
}
