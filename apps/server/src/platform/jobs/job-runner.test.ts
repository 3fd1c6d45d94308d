import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb } from '../../testing/test-db.js';
import type { DbHandle } from '../db/database.js';
import { claimJobs } from './claim-jobs.js';
import { enqueueJob } from './enqueue-job.js';
import { backoffMs, createJobRunner, PermanentJobError, withGiveUp, type JobHandlers, type JobRunner } from './job-runner.js';
import { fakeClock, openAnotherHandle, waitFor } from './test-handles.js';

let h: Awaited<ReturnType<typeof createTestDb>>;
let runner: JobRunner | null = null;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => h.close());
beforeEach(async () => {
  await runner?.stop();
  runner = null;
  await h.db.deleteFrom('jobs').execute();
});

const START = '2026-11-27T00:00:00.000Z';

function run(handlers: JobHandlers, clock = fakeClock(START), db: DbHandle = h) {
  runner = createJobRunner({ db: db.db, dialect: db.dialect, handlers, workerId: 'test-worker', pollMs: 5, now: clock.now });
  runner.start();
  return clock;
}

const jobRow = (id: string) => h.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('backoffMs', () => {
  it.each([
    [1, 10_000],
    [2, 20_000],
    [3, 40_000],
    [9, 2_560_000],
    [10, 3_600_000],
    [30, 3_600_000],
  ])('retry after attempt %i waits %i ms before jitter', (attempts, base) => {
    expect(backoffMs(attempts, () => 0)).toBe(base);
    expect(backoffMs(attempts, () => 1)).toBe(Math.min(Math.round(base * 1.1), 3_600_000));
  });
});

describe('createJobRunner', () => {
  it('handler fails twice: retried with growing backoff, then succeeds', async () => {
    let calls = 0;
    const clock = fakeClock(START);
    const id = await enqueueJob(h.db, { type: 'demo.flaky', payload: { x: 1 }, now: clock.now() });
    run(
      {
        'demo.flaky': async (payload: { x: number }, ctx) => {
          calls++;
          expect(payload).toEqual({ x: 1 });
          expect(ctx.job.attempt).toBe(calls);
          if (calls < 3) throw new Error(`boom ${calls}`);
        },
      },
      clock,
    );

    await waitFor(async () => (await jobRow(id)).attempts === 1 && (await jobRow(id)).status === 'queued');
    let row = await jobRow(id);
    const wait1 = Date.parse(row.run_at) - clock.now().getTime();
    expect(wait1).toBeGreaterThanOrEqual(10_000);
    expect(wait1).toBeLessThanOrEqual(11_000);
    expect(row.last_error).toContain('boom 1');
    expect(row.locked_by).toBeNull();

    clock.advance(wait1 - 1);
    await pause(40);
    expect(calls).toBe(1);
    clock.advance(1);
    await waitFor(async () => (await jobRow(id)).attempts === 2 && (await jobRow(id)).status === 'queued');
    row = await jobRow(id);
    const wait2 = Date.parse(row.run_at) - clock.now().getTime();
    expect(wait2).toBeGreaterThanOrEqual(20_000);
    expect(wait2).toBeLessThanOrEqual(22_000);
    expect(row.last_error).toContain('boom 2');

    clock.set(row.run_at);
    await waitFor(async () => (await jobRow(id)).status === 'succeeded');
    expect(calls).toBe(3);
    expect((await jobRow(id)).attempts).toBe(3);
  });

  it('handler always fails: dead after max_attempts and never run again', async () => {
    let calls = 0;
    const clock = fakeClock(START);
    const id = await enqueueJob(h.db, { type: 'demo.broken', maxAttempts: 2, now: clock.now() });
    run(
      {
        'demo.broken': async () => {
          calls++;
          throw new Error('smtp refused');
        },
      },
      clock,
    );
    await waitFor(async () => (await jobRow(id)).attempts === 1 && (await jobRow(id)).status === 'queued');
    clock.advance(15_000);
    await waitFor(async () => (await jobRow(id)).status === 'dead');
    const row = await jobRow(id);
    expect(row.attempts).toBe(2);
    expect(row.last_error).toContain('smtp refused');
    clock.advance(24 * 3_600_000);
    await pause(40);
    expect(calls).toBe(2);
  });

  it('give-up hook: runs once the last attempt fails, with the payload and the error; not after an earlier attempt', async () => {
    const clock = fakeClock(START);
    const id = await enqueueJob(h.db, { type: 'demo.giveUp', payload: { target: 't-1' }, maxAttempts: 2, now: clock.now() });
    const gaveUp: [unknown, string][] = [];
    const handler = withGiveUp(
      async () => {
        throw new Error('provider down');
      },
      async (payload, cause) => {
        // The job is not dead yet when its hook runs, so a crash here leaves it to the reaper.
        expect((await jobRow(id)).status).toBe('running');
        gaveUp.push([payload, (cause as Error).message]);
      },
    );
    run({ 'demo.giveUp': handler }, clock);
    await waitFor(async () => (await jobRow(id)).attempts === 1 && (await jobRow(id)).status === 'queued');
    expect(gaveUp).toEqual([]);
    clock.advance(15_000);
    await waitFor(async () => (await jobRow(id)).status === 'dead');
    expect(gaveUp).toEqual([[{ target: 't-1' }, 'provider down']]);
  });

  it('give-up hook: a worker lost on the last attempt is reaped through the hook; a failing hook leaves the job for the next round', async () => {
    const clock = fakeClock(START);
    const id = await enqueueJob(h.db, { type: 'demo.lost', payload: { target: 't-2' }, maxAttempts: 1, now: clock.now() });
    await claimJobs(h.db, 'crashed-worker', 1, { now: clock.now(), lockMs: 1_000 });
    clock.advance(5_000);
    const causes: string[] = [];
    let refuse = true;
    const handler = withGiveUp(
      async () => {
        throw new Error('never claimed again');
      },
      async (_payload, cause) => {
        causes.push((cause as Error).message);
        if (refuse) throw new Error('database busy');
      },
    );
    run({ 'demo.lost': handler }, clock);
    await waitFor(() => causes.length === 1);
    await pause(40);
    expect((await jobRow(id)).status).toBe('running');
    refuse = false;
    clock.advance(5_000);
    await waitFor(async () => (await jobRow(id)).status === 'dead');
    expect(causes.length).toBe(2);
    expect(causes[1]).toContain('lock expired');
    expect((await jobRow(id)).last_error).toContain('lock expired');
  });

  it('give-up hook: one that fails on the last attempt is called again by the reaper once the lock expires', async () => {
    const clock = fakeClock(START);
    const id = await enqueueJob(h.db, { type: 'demo.hookFails', maxAttempts: 1, now: clock.now() });
    let hookCalls = 0;
    const handler = withGiveUp(
      async () => {
        throw new PermanentJobError('target deleted');
      },
      async () => {
        hookCalls++;
        if (hookCalls === 1) throw new Error('database busy');
      },
    );
    run({ 'demo.hookFails': handler }, clock);
    await waitFor(() => hookCalls === 1);
    await pause(40);
    expect((await jobRow(id)).status).toBe('running');
    clock.advance(11 * 60_000);
    await waitFor(async () => (await jobRow(id)).status === 'dead');
    expect(hookCalls).toBe(2);
  });

  it('handler throws PermanentJobError: dead at once', async () => {
    const clock = fakeClock(START);
    const id = await enqueueJob(h.db, { type: 'demo.gone', now: clock.now() });
    run({ 'demo.gone': async () => { throw new PermanentJobError('work order was deleted'); } }, clock);
    await waitFor(async () => (await jobRow(id)).status === 'dead');
    expect((await jobRow(id)).attempts).toBe(1);
    expect((await jobRow(id)).last_error).toContain('work order was deleted');
  });

  it('unknown job type: dead with a message naming the type', async () => {
    const clock = fakeClock(START);
    const id = await enqueueJob(h.db, { type: 'nope.nothing', now: clock.now() });
    run({}, clock);
    await waitFor(async () => (await jobRow(id)).status === 'dead');
    expect((await jobRow(id)).last_error).toBe("no handler registered for job type 'nope.nothing'");
  });

  it("crashed worker: the runner takes the job over once the dead worker's lock expires", async () => {
    const clock = fakeClock(START);
    const id = await enqueueJob(h.db, { type: 'demo.rescue', now: clock.now() });
    await claimJobs(h.db, 'crashed-worker', 1, { now: clock.now(), lockMs: 60_000 });
    let calls = 0;
    run({ 'demo.rescue': async () => void calls++ }, clock);
    clock.advance(30_000);
    await pause(40);
    expect(calls).toBe(0);
    clock.advance(31_000);
    await waitFor(async () => (await jobRow(id)).status === 'succeeded');
    expect(calls).toBe(1);
    expect(await jobRow(id)).toMatchObject({ attempts: 2, locked_by: 'test-worker' });
  });

  it('long job: the runner extends its lock so another worker cannot take it over', async () => {
    const clock = fakeClock(START);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const id = await enqueueJob(h.db, { type: 'demo.long', now: clock.now() });
    runner = createJobRunner({
      db: h.db,
      dialect: h.dialect,
      handlers: { 'demo.long': () => gate },
      workerId: 'test-worker',
      pollMs: 5,
      lockMs: 60_000,
      now: clock.now,
    });
    runner.start();
    await waitFor(async () => (await jobRow(id)).status === 'running');
    clock.advance(50_000);
    await waitFor(async () => (await jobRow(id)).locked_until === '2026-11-27T00:01:50.000Z');
    clock.advance(50_000); // past the first lock's deadline
    expect(await claimJobs(h.db, 'thief', 1, { now: clock.now() })).toEqual([]);
    release();
    await waitFor(async () => (await jobRow(id)).status === 'succeeded');
    expect((await jobRow(id)).attempts).toBe(1);
  });

  it('restart: a job queued before the process stopped runs after it reopens the database', async () => {
    const before = await openAnotherHandle(h);
    const id = await enqueueJob(before.db, { type: 'demo.survive', payload: { n: 7 }, now: new Date(START) });
    await before.close();

    const after = await openAnotherHandle(h);
    const seen: number[] = [];
    run({ 'demo.survive': async (p: { n: number }) => void seen.push(p.n) }, fakeClock(START), after);
    await waitFor(async () => (await jobRow(id)).status === 'succeeded');
    await runner!.stop();
    runner = null;
    await after.close();
    expect(seen).toEqual([7]);
  });

  it('stop: waits for the running job to finish and claims nothing more', async () => {
    const clock = fakeClock(START);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const started: string[] = [];
    const id = await enqueueJob(h.db, { type: 'demo.slow', now: clock.now() });
    run(
      {
        'demo.slow': async (_p, ctx) => {
          started.push(ctx.job.id);
          await gate;
        },
      },
      clock,
    );
    await waitFor(() => started.length === 1);
    let stopped = false;
    const stopping = runner!.stop().then(() => (stopped = true));
    const late = await enqueueJob(h.db, { type: 'demo.slow', now: clock.now() });
    await pause(30);
    expect(stopped).toBe(false);
    release();
    await stopping;
    runner = null;
    expect((await jobRow(id)).status).toBe('succeeded');
    expect((await jobRow(late)).status).toBe('queued');
    expect(started).toEqual([id]);
  });
});
