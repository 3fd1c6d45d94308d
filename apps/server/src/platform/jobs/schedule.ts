/**
 * defineSchedule({ name, cron, timezone = 'Asia/Shanghai', jobType, payload?, maxAttempts? }): Schedule
 * createScheduler(db, schedules, { logger? }): { tick(now: Date): Promise<number> }
 *
 * A schedule enqueues one job of `jobType` per cron slot. The runner ticks the scheduler every round
 * (pass `schedules` to createJobRunner); modules list theirs in platform/jobs/handlers.ts.
 * Every process may run a scheduler: the job's idempotency key `schedule:<name>:<slot ISO>` makes
 * two schedulers enqueue a slot exactly once. job_schedules remembers the last slot enqueued; after
 * downtime only the most recent missed slot is enqueued (one nightly purge, not a week of them),
 * and a schedule seen for the first time starts from now rather than back-filling.
 */
import { Cron } from 'croner';
import { BUSINESS_TIME_ZONE } from '@guanjia/domain';
import type { Db } from '../db/database.js';
import { enqueueJob } from './enqueue-job.js';
import { defaultLogger, type JobLogger } from './logger.js';

export interface ScheduleDefinition {
  /** Unique and stable: it is part of the idempotency key and the job_schedules row. */
  name: string;
  /** Five fields (minute precision) or six (with seconds), evaluated in `timezone`. */
  cron: string;
  timezone?: string;
  jobType: string;
  payload?: unknown;
  maxAttempts?: number;
}

export interface Schedule {
  readonly name: string;
  readonly cron: string;
  readonly timezone: string;
  readonly jobType: string;
  readonly payload: unknown;
  readonly maxAttempts: number | undefined;
  /** The first slot strictly after `after`. */
  nextSlot(after: Date): Date | null;
  /** The latest slot in (after, upTo], or null when none falls in it. */
  latestSlot(after: Date, upTo: Date): Date | null;
}

// Search for the latest slot in growing windows so a long outage under a frequent cron stays cheap.
const SEARCH_WINDOWS_MS = [3_600_000, 86_400_000, 32 * 86_400_000, 367 * 86_400_000, Infinity];

export function defineSchedule(def: ScheduleDefinition): Schedule {
  const timezone = def.timezone ?? BUSINESS_TIME_ZONE;
  // Without a callback croner only evaluates the pattern; it starts no timer. Invalid patterns throw here.
  const cron = new Cron(def.cron, { timezone });

  function lastBetween(fromMs: number, upTo: Date): Date | null {
    let last: Date | null = null;
    for (let slot = cron.nextRun(new Date(fromMs)); slot && slot <= upTo; slot = cron.nextRun(slot)) last = slot;
    return last;
  }

  return {
    name: def.name,
    cron: def.cron,
    timezone,
    jobType: def.jobType,
    payload: def.payload ?? null,
    maxAttempts: def.maxAttempts,
    nextSlot: (after) => cron.nextRun(after),
    latestSlot(after, upTo) {
      for (const windowMs of SEARCH_WINDOWS_MS) {
        const from = Math.max(after.getTime(), upTo.getTime() - windowMs);
        const found = lastBetween(from, upTo);
        if (found || from === after.getTime()) return found;
      }
      return null;
    },
  };
}

export interface Scheduler {
  /** Enqueues the due slot of each schedule; returns how many schedules had one. */
  tick(now: Date): Promise<number>;
}

export function createScheduler(db: Db, schedules: Schedule[], opts: { logger?: JobLogger } = {}): Scheduler {
  const names = new Set<string>();
  for (const s of schedules) {
    if (names.has(s.name)) throw new Error(`duplicate schedule name '${s.name}'`);
    names.add(s.name);
  }
  // The last slot this process knows was enqueued; another process may be ahead, which only costs a no-op enqueue.
  const lastSlots = new Map<string, Date>();

  async function lastSlotOf(s: Schedule, now: Date): Promise<Date> {
    const known = lastSlots.get(s.name);
    if (known) return known;
    // Single statements, no transaction: two SQLite handles in one process must never wait on each other.
    await db
      .insertInto('job_schedules')
      .values({ name: s.name, last_slot: now.toISOString(), updated_at: now.toISOString() })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const row = await db.selectFrom('job_schedules').select('last_slot').where('name', '=', s.name).executeTakeFirstOrThrow();
    const last = new Date(row.last_slot);
    lastSlots.set(s.name, last);
    return last;
  }

  async function tickOne(s: Schedule, now: Date): Promise<boolean> {
    const due = s.latestSlot(await lastSlotOf(s, now), now);
    if (!due) return false;
    const slot = due.toISOString();
    await enqueueJob(db, {
      type: s.jobType,
      payload: s.payload,
      runAt: due,
      maxAttempts: s.maxAttempts,
      idempotencyKey: `schedule:${s.name}:${slot}`,
      now,
    });
    // Crashing between the enqueue and this update is harmless: the same slot comes out again and dedupes.
    await db
      .updateTable('job_schedules')
      .set({ last_slot: slot, updated_at: now.toISOString() })
      .where('name', '=', s.name)
      .where('last_slot', '<', slot)
      .execute();
    lastSlots.set(s.name, due);
    return true;
  }

  return {
    async tick(now) {
      let enqueued = 0;
      for (const s of schedules) {
        try {
          if (await tickOne(s, now)) enqueued++;
        } catch (err) {
          // One failing schedule must not starve the others; the next tick retries it.
          (opts.logger ?? defaultLogger).error({ schedule: s.name, err }, 'schedule tick failed');
        }
      }
      return enqueued;
    },
  };
}
