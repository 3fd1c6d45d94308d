import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { uploadPhoto } from '../daily-checks/daily-check-test-kit.js';
import { buildJobHandlers, buildJobSchedules } from '../../platform/jobs/handlers.js';
import type { JobContext } from '../../platform/jobs/job-runner.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { addPeriod, at, newCenter, URL } from './drill-test-kit.js';
import { flagMissedDrills } from './flag-missed-drills.js';
import { FLAG_MISSED_DRILLS, flagMissedDrillsSchedule } from './jobs.js';

// Saturday 2026-05-09; the peak is 09:00–12:00 on the weekend, set up at 08:00 that morning.
const DAY = '2026-05-09';
let t: TestApp;
let center: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at(DAY, '08:00'));
  t = await createTestApp();
  center = await newCenter(t);
  await addPeriod(t, center, { startDate: DAY, endDate: '2026-05-10', startTime: '09:00', endTime: '12:00' });
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

/** The notices of missed drills of a sales center. */
const notices = (salesCenterId = center) =>
  t.ctx.db.selectFrom('notifications').select(['user_id', 'kind', 'title', 'body', 'link']).where('kind', '=', 'etiquetteDrill.missed').where('link', 'like', `%${salesCenterId}%`).orderBy('id').execute();
const flags = (salesCenterId = center) =>
  t.ctx.db.selectFrom('etiquette_missed_drills').select(['drill_date', 'slot_start']).where('sales_center_id', '=', salesCenterId).orderBy('drill_date').orderBy('slot_start').execute();

describe('the hourly missed-drill check', () => {
  it('system: nothing is flagged while no hour has ended', async () => {
    await flagMissedDrills(t.ctx.db, at(DAY, '09:59'));
    expect(await flags()).toEqual([]);
  });

  it('system: the 09:00 drill not recorded by 10:00 is flagged once and the manager told once, however often or concurrently the job runs', async () => {
    vi.setSystemTime(at(DAY, '10:10'));
    const photo = await uploadPhoto(t, 'butler');
    const done = await t.as('butler').post(`${URL}/records`, { salesCenterId: center, date: DAY, start: '10:00', performerIds: [t.demo.users.butler], photoId: photo });
    expect(done.statusCode, done.body).toBe(201);

    await flagMissedDrills(t.ctx.db, at(DAY, '10:05'));
    expect(await notices()).toEqual([
      {
        user_id: t.demo.users.manager,
        kind: 'etiquetteDrill.missed',
        title: '礼仪演练未完成：演练售楼处 1 09:00',
        body: `演练售楼处 1 ${DAY} 09:00–10:00 的保安会操表演未记录完成，请跟进。`,
        link: `/etiquette-drills?salesCenterId=${center}&date=${DAY}`,
      },
    ]);
    await Promise.all([flagMissedDrills(t.ctx.db, at(DAY, '11:05')), flagMissedDrills(t.ctx.db, at(DAY, '11:06'))]);
    // 10:00 was recorded in its hour: only 09:00 is missed.
    expect(await flags()).toEqual([{ drill_date: DAY, slot_start: '09:00' }]);
    expect(await notices()).toHaveLength(1);
  });

  it('system: after the peak the 11:00 drill is flagged; the next morning yesterday is not told again', async () => {
    await flagMissedDrills(t.ctx.db, at(DAY, '12:05'));
    await flagMissedDrills(t.ctx.db, at('2026-05-10', '00:05'));
    expect((await flags()).map((f) => f.slot_start)).toEqual(['09:00', '11:00']);
    expect(await notices()).toHaveLength(2);
    const audit = await t.ctx.db.selectFrom('audit_log').select('actor_id').where('action', '=', 'etiquetteDrill.missed').where('project_id', '=', t.demo.projectIds[0]).execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it('system: a peak set up after its hours passed leaves them missed on the board but flags none', async () => {
    vi.setSystemTime(at(DAY, '15:00'));
    const late = await newCenter(t);
    await addPeriod(t, late, { startDate: DAY, endDate: DAY, startTime: '09:00', endTime: '12:00' });
    await flagMissedDrills(t.ctx.db, at(DAY, '15:05'));
    expect(await flags(late)).toEqual([]);
    const board = await t.as('butler').get(`${URL}/timetable?salesCenterId=${late}`);
    expect(board.json().counts.missed).toBe(3);
  });

  it('manager: lists the flagged drills of the project for a date range with who was told; a butler may not', async () => {
    const res = await t.as('manager').get(`${URL}/missed?projectId=${t.demo.projectIds[0]}&from=${DAY}&to=2026-05-10`);
    expect(res.statusCode, res.body).toBe(200);
    const mine = res.json().items.filter((i: { salesCenter: { id: string } }) => i.salesCenter.id === center);
    expect(mine.map((i: { start: string; kind: string; notified: { id: string }[] }) => [i.start, i.kind, i.notified.map((n) => n.id)])).toEqual([
      ['11:00', 'butlerSimulation', [t.demo.users.manager]],
      ['09:00', 'guardDrill', [t.demo.users.manager]],
    ]);
    expect((await t.as('butler').get(`${URL}/missed?projectId=${t.demo.projectIds[0]}&from=${DAY}&to=${DAY}`)).statusCode).toBe(403);
    expect((await t.as('regional').get(`${URL}/missed?projectId=${t.demo.projectIds[1]}&from=${DAY}&to=${DAY}`)).json().items).toEqual([]);
  });

  it('system: the job is registered, runs five minutes past every hour Shanghai time, with the runner’s clock', async () => {
    expect(buildJobSchedules().map((s) => s.name)).toContain(flagMissedDrillsSchedule.name);
    expect(flagMissedDrillsSchedule.nextSlot(new Date('2026-05-10T02:30:00Z'))?.toISOString()).toBe('2026-05-10T03:05:00.000Z');
    const handler = buildJobHandlers()[FLAG_MISSED_DRILLS]!;
    const ctx: JobContext = {
      db: t.ctx.db,
      dialect: t.ctx.dialect,
      job: { id: 'job-1', type: FLAG_MISSED_DRILLS, attempt: 1, maxAttempts: 3, companyId: null, projectId: null },
      workerId: 'worker-1',
      now: () => at('2026-05-10', '10:05'),
    };
    await handler(null, ctx);
    expect((await flags()).map((f) => `${f.drill_date} ${f.slot_start}`)).toEqual([`${DAY} 09:00`, `${DAY} 11:00`, '2026-05-10 09:00']);
  });
});
