import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb } from '../../testing/test-db.js';
import type { DbHandle } from '../db/database.js';
import { inTransaction } from '../db/transaction.js';
import { claimJobs, dialectOf, reapLostJobs } from './claim-jobs.js';
import { enqueueJob } from './enqueue-job.js';
import { createJobRunner, type JobHandler } from './job-runner.js';
import { fakeClock, openAnotherHandle, waitFor } from './test-handles.js';

let h: Awaited<ReturnType<typeof createTestDb>>;
let others: DbHandle[] = [];
beforeAll(async () => {
  h = await createTestDb();
  // Three more handles with their own connections or pools: four "processes" on one database.
  others = await Promise.all([1, 2, 3].map(() => openAnotherHandle(h)));
});
afterAll(async () => {
  await Promise.all(others.map((o) => o.close()));
  await h.close();
});
beforeEach(async () => {
  await h.db.deleteFrom('jobs').execute();
});

async function enqueueMany(n: number, type: string, now?: Date) {
  await inTransaction(h.db, async (trx) => {
    for (let i = 0; i < n; i++) await enqueueJob(trx, { type, payload: { i }, now });
  });
}

describe('claimJobs', () => {
  it('system: the dialect is read from the handle', () => {
    expect(dialectOf(h.db)).toBe(h.dialect);
  });

  it('four workers claiming at once over separate connections: claims never overlap', async () => {
    await enqueueMany(200, 'demo.claim');
    const seen = new Map<string, string>();
    for (let round = 0; round < 20 && seen.size < 200; round++) {
      const batches = await Promise.all([h, ...others].map((x, i) => claimJobs(x.db, `w${i}`, 30)));
      batches.forEach((batch, i) => {
        for (const job of batch) {
          expect(seen.has(job.id), `job ${job.id} claimed by w${i} and ${seen.get(job.id)}`).toBe(false);
          seen.set(job.id, `w${i}`);
          expect(job).toMatchObject({ status: 'running', locked_by: `w${i}`, attempts: 1 });
        }
      });
    }
    expect(seen.size).toBe(200);
  });

  it('four runners with different worker ids: 200 jobs each run exactly once', async () => {
    const runs = new Map<string, number>();
    const started = new Set<number>();
    let shareSeen!: () => void;
    const shared = new Promise<void>((resolve) => (shareSeen = resolve));
    // Each runner holds its first jobs until a second runner has taken one (or 2 s pass), so the
    // queue is shared between runners whatever the machine's load, and a double run would show.
    const countFor =
      (i: number): JobHandler =>
      async (_payload, ctx) => {
        runs.set(ctx.job.id, (runs.get(ctx.job.id) ?? 0) + 1);
        started.add(i);
        if (started.size > 1) shareSeen();
        await Promise.race([shared, new Promise((r) => setTimeout(r, 2000))]);
        await new Promise((r) => setTimeout(r, 1 + Math.random() * 3));
      };
    const runners = [h, ...others].map((x, i) =>
      createJobRunner({ db: x.db, dialect: x.dialect, handlers: { 'demo.count': countFor(i) }, workerId: `runner-${i}`, pollMs: 5, concurrency: 5 }),
    );
    // Every handle connected and every runner polling before the 200 jobs commit at once.
    await Promise.all([h, ...others].map((x) => x.db.selectFrom('jobs').select('id').limit(1).execute()));
    runners.forEach((r) => r.start());
    await enqueueMany(200, 'demo.count');
    const succeeded = () => h.db.selectFrom('jobs').select('id').where('status', '=', 'succeeded').execute();
    await waitFor(async () => (await succeeded()).length === 200, 20_000);
    await Promise.all(runners.map((r) => r.stop()));

    expect(runs.size).toBe(200);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    const workers = await h.db.selectFrom('jobs').select('locked_by').distinct().execute();
    expect(workers.length).toBeGreaterThan(1);
  });

  it('system: a job not yet due stays queued', async () => {
    const now = new Date('2026-11-27T00:00:00.000Z');
    await enqueueJob(h.db, { type: 'demo.later', runAt: new Date('2026-11-27T00:00:01.000Z'), now });
    expect(await claimJobs(h.db, 'w', 5, { now })).toEqual([]);
    expect(await claimJobs(h.db, 'w', 5, { now: new Date('2026-11-27T00:00:01.000Z') })).toHaveLength(1);
  });

  it('crashed worker: its job is reclaimable only after the lock expires, counting the attempt', async () => {
    const clock = fakeClock('2026-11-27T00:00:00.000Z');
    await enqueueJob(h.db, { type: 'demo.crash', now: clock.now() });
    const [claimed] = await claimJobs(h.db, 'crashed', 1, { now: clock.now(), lockMs: 60_000 });
    expect(claimed.locked_until).toBe('2026-11-27T00:01:00.000Z');
    clock.advance(59_000);
    expect(await claimJobs(others[0].db, 'rescuer', 1, { now: clock.now() })).toEqual([]);
    clock.advance(2_000);
    const [again] = await claimJobs(others[0].db, 'rescuer', 1, { now: clock.now() });
    expect(again).toMatchObject({ id: claimed.id, locked_by: 'rescuer', attempts: 2, status: 'running' });
  });

  it('crashed worker on the last attempt: the job is reaped as dead instead of reclaimed', async () => {
    const clock = fakeClock('2026-11-27T00:00:00.000Z');
    const id = await enqueueJob(h.db, { type: 'demo.crash', maxAttempts: 1, now: clock.now() });
    await claimJobs(h.db, 'crashed', 1, { now: clock.now(), lockMs: 1_000 });
    clock.advance(5_000);
    expect(await claimJobs(h.db, 'rescuer', 1, { now: clock.now() })).toEqual([]);
    expect(await reapLostJobs(h.db, { now: clock.now() })).toBe(1);
    const row = await h.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.status).toBe('dead');
    expect(row.last_error).toContain('lock expired');
  });
});
