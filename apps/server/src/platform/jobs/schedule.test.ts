import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../demo/seed-demo.js';
import { createTestDb } from '../../testing/test-db.js';
import type { DbHandle } from '../db/database.js';
import { buildJobHandlers, buildJobSchedules, mergeHandlers } from './handlers.js';
import { createJobRunner, type JobHandler } from './job-runner.js';
import { purgeExpiredSessions, purgeExpiredSessionsSchedule } from './purge-expired-sessions.js';
import { createScheduler, defineSchedule } from './schedule.js';
import { fakeClock, openAnotherHandle, waitFor } from './test-handles.js';

let h: Awaited<ReturnType<typeof createTestDb>>;
let other: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
  other = await openAnotherHandle(h);
});
afterAll(async () => {
  await other.close();
  await h.close();
});
beforeEach(async () => {
  await h.db.deleteFrom('jobs').execute();
  await h.db.deleteFrom('job_schedules').execute();
});

const morning = defineSchedule({ name: 'demo.morning', cron: '0 8 * * *', jobType: 'demo.morning', payload: { kind: 'digest' } });
const jobsOf = (type: string) => h.db.selectFrom('jobs').selectAll().where('type', '=', type).orderBy('run_at').execute();

describe('defineSchedule', () => {
  it("system: '0 8 * * *' is 08:00 in Shanghai, i.e. 00:00Z", () => {
    expect(morning.timezone).toBe('Asia/Shanghai');
    expect(morning.nextSlot(new Date('2026-11-26T12:00:00Z'))?.toISOString()).toBe('2026-11-27T00:00:00.000Z');
    // 23:59Z on the 26th is already 07:59 on the 27th in Shanghai.
    expect(morning.nextSlot(new Date('2026-11-26T23:59:00Z'))?.toISOString()).toBe('2026-11-27T00:00:00.000Z');
    expect(morning.nextSlot(new Date('2026-11-27T00:00:00Z'))?.toISOString()).toBe('2026-11-28T00:00:00.000Z');
  });

  it('system: latestSlot finds the most recent slot in a window, and none when the window holds none', () => {
    const after = new Date('2026-11-20T00:00:00Z');
    expect(morning.latestSlot(after, new Date('2026-11-27T03:00:00Z'))?.toISOString()).toBe('2026-11-27T00:00:00.000Z');
    expect(morning.latestSlot(new Date('2026-11-27T00:00:00Z'), new Date('2026-11-27T23:59:59Z'))).toBeNull();
    const everyMinute = defineSchedule({ name: 'm', cron: '* * * * *', jobType: 'x' });
    expect(everyMinute.latestSlot(new Date('2025-01-01T00:00:00Z'), new Date('2026-11-27T03:00:30Z'))?.toISOString()).toBe('2026-11-27T03:00:00.000Z');
  });

  it('developer: an invalid cron pattern fails at definition', () => {
    expect(() => defineSchedule({ name: 'bad', cron: 'every morning', jobType: 'x' })).toThrow();
  });

  it('developer: two schedules with one name are refused', () => {
    expect(() => createScheduler(h.db, [morning, morning])).toThrow('duplicate schedule name');
  });
});

describe('createScheduler', () => {
  it('two processes ticking the same slot enqueue it exactly once', async () => {
    const a = createScheduler(h.db, [morning]);
    const b = createScheduler(other.db, [morning]);
    const before = new Date('2026-11-26T12:00:00Z');
    await Promise.all([a.tick(before), b.tick(before)]);
    expect(await jobsOf('demo.morning')).toEqual([]);

    const at = new Date('2026-11-27T00:00:05Z');
    await Promise.all([a.tick(at), b.tick(at), a.tick(at), b.tick(at)]);
    const jobs = await jobsOf('demo.morning');
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({
      idempotency_key: 'schedule:demo.morning:2026-11-27T00:00:00.000Z',
      run_at: '2026-11-27T00:00:00.000Z',
      payload: '{"kind":"digest"}',
      company_id: null,
      status: 'queued',
    });
    // A lagging process that never saw the slot move still adds nothing.
    const c = createScheduler(other.db, [morning]);
    await c.tick(new Date('2026-11-27T00:00:09Z'));
    expect(await jobsOf('demo.morning')).toHaveLength(1);
  });

  it('after downtime: only the most recent missed slot is enqueued', async () => {
    await createScheduler(h.db, [morning]).tick(new Date('2026-11-26T12:00:00Z'));
    // Down for three and a half days: slots on the 27th, 28th, 29th and 30th were missed.
    const restarted = createScheduler(h.db, [morning]);
    expect(await restarted.tick(new Date('2026-11-30T01:00:00Z'))).toBe(1);
    expect((await jobsOf('demo.morning')).map((j) => j.run_at)).toEqual(['2026-11-30T00:00:00.000Z']);
    expect(await restarted.tick(new Date('2026-11-30T02:00:00Z'))).toBe(0);
  });

  it('a schedule seen for the first time starts from now without back-filling', async () => {
    const s = createScheduler(h.db, [morning]);
    expect(await s.tick(new Date('2026-11-27T09:00:00Z'))).toBe(0);
    expect(await jobsOf('demo.morning')).toEqual([]);
    expect(await s.tick(new Date('2026-11-28T00:00:00Z'))).toBe(1);
  });
});

describe('schedules in the runner', () => {
  it('two runners on two handles run a scheduled job once per slot', async () => {
    const clock = fakeClock('2026-11-26T23:59:00Z');
    const runs: string[] = [];
    const handler: JobHandler = async (payload, ctx) => void runs.push(`${ctx.job.id}:${JSON.stringify(payload)}`);
    const runners = [h, other].map((x, i) =>
      createJobRunner({ db: x.db, dialect: x.dialect, handlers: { 'demo.morning': handler }, schedules: [morning], workerId: `s${i}`, pollMs: 5, now: clock.now }),
    );
    runners.forEach((r) => r.start());
    await waitFor(async () => (await h.db.selectFrom('job_schedules').select('name').execute()).length === 1);
    await new Promise((r) => setTimeout(r, 30));
    clock.set('2026-11-27T00:00:01Z');
    await waitFor(() => runs.length === 1);
    await new Promise((r) => setTimeout(r, 50));
    await Promise.all(runners.map((r) => r.stop()));
    expect(runs).toHaveLength(1);
    expect(runs[0]).toContain('{"kind":"digest"}');
  });
});

describe('system jobs', () => {
  it('registry: sessions.purgeExpired is registered and scheduled nightly at 03:30 Shanghai', () => {
    expect(Object.keys(buildJobHandlers())).toContain('sessions.purgeExpired');
    expect(buildJobSchedules()).toContain(purgeExpiredSessionsSchedule);
    expect(purgeExpiredSessionsSchedule.nextSlot(new Date('2026-11-27T00:00:00Z'))?.toISOString()).toBe('2026-11-27T19:30:00.000Z');
  });

  it('registry: a job type registered twice is refused', () => {
    const noop: JobHandler = async () => {};
    expect(() => mergeHandlers({ 'a.b': noop }, { 'a.b': noop })).toThrow("job type 'a.b' is registered twice");
  });

  it('sessions.purgeExpired: deletes expired sessions and keeps live ones', async () => {
    const demo = (await seedDemo(h.db, 'purge-test-pw'))!;
    const userId = demo.users.butler;
    const row = (id: string, expires: string) => ({ id, user_id: userId, company_id: demo.companyId, created_at: '2026-11-01T00:00:00.000Z', expires_at: expires, ip: null, user_agent: null });
    await h.db.insertInto('sessions').values([row('expired', '2026-11-26T00:00:00.000Z'), row('live', '2026-12-01T00:00:00.000Z')]).execute();
    expect(await purgeExpiredSessions(h.db, new Date('2026-11-27T00:00:00Z'))).toBe(1);
    const left = await h.db.selectFrom('sessions').select('id').where('id', 'in', ['expired', 'live']).execute();
    expect(left).toEqual([{ id: 'live' }]);
  });
});
