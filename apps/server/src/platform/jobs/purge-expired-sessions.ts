/**
 * The nightly system job 'sessions.purgeExpired': expired sessions are already refused at sign-in
 * (resolveSession), so this only keeps the table small.
 */
import type { DbOrTx } from '../db/transaction.js';
import type { JobHandler } from './job-runner.js';
import { defineSchedule } from './schedule.js';

export const PURGE_EXPIRED_SESSIONS = 'sessions.purgeExpired';

export async function purgeExpiredSessions(db: DbOrTx, now: Date): Promise<number> {
  const res = await db.deleteFrom('sessions').where('expires_at', '<', now.toISOString()).executeTakeFirst();
  return Number(res.numDeletedRows);
}

export const purgeExpiredSessionsJob: JobHandler<unknown> = async (_payload, ctx) => {
  await purgeExpiredSessions(ctx.db, ctx.now());
};

/** 03:30 Shanghai time, when nobody is signed in. */
export const purgeExpiredSessionsSchedule = defineSchedule({
  name: 'sessions.purgeExpired.nightly',
  cron: '30 3 * * *',
  jobType: PURGE_EXPIRED_SESSIONS,
  maxAttempts: 3,
});
