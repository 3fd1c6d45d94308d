/**
 * createJobRunner({ db, dialect, handlers, workerId, pollMs?, concurrency?, schedules?, lockMs?, now?, logger? }): JobRunner
 *   runner.start(): void            begins polling; also ticks the schedules each round
 *   runner.stop(): Promise<void>    stops claiming and resolves once every running job has finished
 *
 * A handler is `async (payload, ctx) => void`, registered under its job type in platform/jobs/handlers.ts.
 *   - resolve      → the job is 'succeeded';
 *   - throw        → back to 'queued', retried after 10s·2^(attempt-1) (plus up to 10% jitter,
 *                    never over 1h) with last_error kept; after max_attempts it is 'dead';
 *   - throw PermanentJobError → 'dead' at once (retrying cannot help, e.g. a deleted target);
 *   - no handler for the type  → 'dead' with last_error naming the type.
 * A handler made with withGiveUp(run, onGiveUp) also says what giving up means for its job type:
 * onGiveUp(payload, cause, ctx) runs before the job is marked dead, whether the last attempt threw
 * or its worker died during it (the reaper, cause = LOST_ON_LAST_ATTEMPT). A hook that throws leaves
 * the job running until its lock expires, and the reaper calls it again. It may run more than once
 * for one job, so it must be a guarded update.
 * Handlers run outside any transaction and must open their own (inTransaction(ctx.db, …)). Delivery
 * is at least once: a job can run again if its worker dies mid-way, so make handlers safe to repeat.
 */
import type { Db, Dialect } from '../db/database.js';
import { claimJobs, DEFAULT_LOCK_MS, LOST_ON_LAST_ATTEMPT, reapLostJobs, type JobRow } from './claim-jobs.js';
import { defaultLogger, type JobLogger } from './logger.js';
import { createScheduler, type Schedule } from './schedule.js';

export type { JobLogger } from './logger.js';

export interface JobContext {
  db: Db;
  dialect: Dialect;
  job: { id: string; type: string; attempt: number; maxAttempts: number; companyId: string | null; projectId: string | null };
  workerId: string;
  /** The runner's clock (tests inject one). */
  now(): Date;
}

/** What a job type does once its job will not be tried again; `cause` is the last error. */
export type GiveUpHook<P> = (payload: P, cause: unknown, ctx: Pick<JobContext, 'db' | 'dialect' | 'now'>) => Promise<void>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JobHandler<P = any> = ((payload: P, ctx: JobContext) => Promise<void>) & { onGiveUp?: GiveUpHook<P> };
export type JobHandlers = Record<string, JobHandler>;

export function withGiveUp<P>(run: (payload: P, ctx: JobContext) => Promise<void>, onGiveUp: GiveUpHook<P>): JobHandler<P> {
  return Object.assign((payload: P, ctx: JobContext) => run(payload, ctx), { onGiveUp });
}

/** Thrown by a handler when a retry cannot succeed: the job goes straight to 'dead'. */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}

export interface JobRunnerOptions {
  db: Db;
  dialect: Dialect;
  handlers: JobHandlers;
  /** Unique per process, e.g. `${hostname}:${pid}`; recorded in jobs.locked_by. */
  workerId: string;
  /** Pause between polls when there is nothing to claim. Default 1000. */
  pollMs?: number;
  /** Jobs run at the same time by this runner. Default 4. */
  concurrency?: number;
  schedules?: Schedule[];
  /** How long a claim holds; the runner extends it while a job is still running. Default 10 min. */
  lockMs?: number;
  now?: () => Date;
  logger?: JobLogger;
}

export interface JobRunner {
  start(): void;
  stop(): Promise<void>;
}

const BASE_BACKOFF_MS = 10_000;
const MAX_BACKOFF_MS = 3_600_000;
const REAP_EVERY_MS = 5_000;
const MAX_ERROR_CHARS = 4_000;

/** Delay before retry number `attempts` (1 after the first failure): 10s, 20s, 40s … capped at 1h. */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const base = BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1);
  return Math.min(Math.round(base * (1 + 0.1 * random())), MAX_BACKOFF_MS);
}

export function createJobRunner(opts: JobRunnerOptions): JobRunner {
  const { db, dialect, handlers, workerId } = opts;
  const pollMs = opts.pollMs ?? 1000;
  const concurrency = opts.concurrency ?? 4;
  const lockMs = opts.lockMs ?? DEFAULT_LOCK_MS;
  const clock = opts.now ?? (() => new Date());
  const log = opts.logger ?? defaultLogger;
  const scheduler = opts.schedules?.length ? createScheduler(db, opts.schedules, { logger: log }) : null;

  const inflight = new Map<string, Promise<void>>();
  let running = false;
  let loopDone: Promise<void> | null = null;
  let wake: (() => void) | null = null;
  let lastReap = -Infinity;
  let lastHeartbeat = -Infinity;

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });
  }

  async function loop(): Promise<void> {
    while (running) {
      let more = false;
      try {
        const now = clock();
        if (scheduler) await scheduler.tick(now);
        if (now.getTime() - lastReap >= REAP_EVERY_MS) {
          lastReap = now.getTime();
          const reaped = await reapLostJobs(db, { now, onGiveUp: (job) => giveUp(job, parsePayload(job), new Error(LOST_ON_LAST_ATTEMPT)) });
          if (reaped) log.warn({ workerId, reaped }, 'jobs lost on their last attempt marked dead');
        }
        await extendLocks(now);
        const free = concurrency - inflight.size;
        if (free > 0) {
          const jobs = await claimJobs(db, workerId, free, { now, lockMs, dialect });
          for (const job of jobs) track(job);
          // A full batch suggests more are waiting: claim again as soon as a slot frees up.
          more = jobs.length === free && inflight.size < concurrency;
        }
      } catch (err) {
        log.error({ workerId, err }, 'job runner round failed');
      }
      if (running && !more) await sleep(pollMs);
    }
  }

  function track(job: JobRow) {
    const p = execute(job).finally(() => {
      inflight.delete(job.id);
      wake?.();
    });
    inflight.set(job.id, p);
  }

  // Long handlers keep their claim alive so no other worker takes the job over.
  async function extendLocks(now: Date) {
    if (inflight.size === 0 || now.getTime() - lastHeartbeat < lockMs / 3) return;
    lastHeartbeat = now.getTime();
    await db
      .updateTable('jobs')
      .set({ locked_until: new Date(now.getTime() + lockMs).toISOString() })
      .where('id', 'in', [...inflight.keys()])
      .where('locked_by', '=', workerId)
      .where('status', '=', 'running')
      .execute();
  }

  async function execute(job: JobRow): Promise<void> {
    const handler = Object.hasOwn(handlers, job.type) ? handlers[job.type] : undefined;
    if (!handler) return finish(job, 'dead', `no handler registered for job type '${job.type}'`);
    const payload = parsePayload(job);
    if (payload === INVALID) return finish(job, 'dead', 'payload is not valid JSON');
    const ctx: JobContext = {
      db,
      dialect,
      workerId,
      now: clock,
      job: { id: job.id, type: job.type, attempt: job.attempts, maxAttempts: job.max_attempts, companyId: job.company_id, projectId: job.project_id },
    };
    try {
      await handler(payload, ctx);
    } catch (err) {
      const message = describeError(err);
      const final = err instanceof PermanentJobError || job.attempts >= job.max_attempts;
      log.warn({ workerId, jobId: job.id, type: job.type, attempt: job.attempts, final, err }, 'job failed');
      if (final) {
        try {
          await giveUp(job, payload, err);
        } catch (hookErr) {
          // Left running: once its lock expires, the reaper calls the hook again before marking it dead.
          log.error({ workerId, jobId: job.id, err: hookErr }, 'give-up hook failed; the reaper retries it when the lock expires');
          return;
        }
      }
      return finish(job, final ? 'dead' : 'queued', message);
    }
    return finish(job, 'succeeded', null);
  }

  /** The job type's give-up hook, if it has one. */
  async function giveUp(job: JobRow, payload: unknown, cause: unknown): Promise<void> {
    const handler = Object.hasOwn(handlers, job.type) ? handlers[job.type] : undefined;
    if (!handler?.onGiveUp || payload === INVALID) return;
    await handler.onGiveUp(payload, cause, { db, dialect, now: clock });
  }

  async function finish(job: JobRow, status: 'succeeded' | 'queued' | 'dead', error: string | null): Promise<void> {
    const now = clock();
    try {
      const res = await db
        .updateTable('jobs')
        .set({
          status,
          locked_until: null,
          updated_at: now.toISOString(),
          ...(status === 'queued' ? { run_at: new Date(now.getTime() + backoffMs(job.attempts)).toISOString(), locked_by: null } : {}),
          ...(error !== null ? { last_error: error } : {}),
        })
        // Guarded: if the lock expired and another worker took the job, its outcome wins, not ours.
        .where('id', '=', job.id)
        .where('locked_by', '=', workerId)
        .where('status', '=', 'running')
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) === 0) log.warn({ workerId, jobId: job.id }, 'job outcome discarded: the claim was lost');
    } catch (err) {
      // The lock will expire and the job will be claimed again.
      log.error({ workerId, jobId: job.id, err }, 'could not record job outcome');
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loopDone = loop();
    },
    async stop() {
      running = false;
      wake?.();
      await loopDone;
      loopDone = null;
      await Promise.allSettled([...inflight.values()]);
    },
  };
}

const INVALID = Symbol('invalid payload');

function parsePayload(job: JobRow): unknown {
  try {
    return JSON.parse(job.payload);
  } catch {
    return INVALID;
  }
}

function describeError(err: unknown): string {
  const text = err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : String(err);
  return text.length > MAX_ERROR_CHARS ? `${text.slice(0, MAX_ERROR_CHARS)}…` : text;
}
