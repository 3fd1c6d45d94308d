import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { uploadPhoto } from '../daily-checks/daily-check-test-kit.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { addPeriod, at, newCenter, newFrontline, URL } from './drill-test-kit.js';

// Saturday 2026-05-09, 10:30 in Shanghai.
const DAY = '2026-05-09';
let t: TestApp;
let center: string;
let period: string;
let guard: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at(DAY, '10:30'));
  t = await createTestApp();
  center = await newCenter(t);
  guard = await newFrontline(t, 'guard1');
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const timetable = (who: string, query = '') => t.as(who).get(`${URL}/timetable?salesCenterId=${center}${query}`);
const record = (who: string, body: Record<string, unknown>) => t.as(who).post(`${URL}/records`, { salesCenterId: center, date: DAY, ...body });

describe('peak sales periods and rotation', () => {
  it('manager: a period ending before it starts or shorter than an hour is refused with the field and the reason (zh-CN, en); nothing is written', async () => {
    const bad = await t.as('manager').post(`${URL}/peak-periods`, { salesCenterId: center, startDate: DAY, endDate: '2026-05-08', startTime: '10:00', endTime: '17:00' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields).toEqual({ endDate: '结束日期不能早于开始日期' });
    const short = await t.as('manager').post(`${URL}/peak-periods`, { salesCenterId: center, startDate: DAY, endDate: DAY, startTime: '10:00', endTime: '10:45' }, { 'accept-language': 'en' });
    expect(short.statusCode).toBe(422);
    expect(short.json().error.fields.endTime).toMatch(/at least an hour/);
    const weekday = await t.as('manager').post(`${URL}/peak-periods`, { salesCenterId: center, startDate: DAY, endDate: DAY, startTime: '10:00', endTime: '12:00', weekdays: [8] });
    expect(weekday.json().error.fields).toEqual({ weekdays: '星期须为 1（周一）至 7（周日）' });
    expect((await t.as('manager').get(`${URL}/settings?salesCenterId=${center}`)).json().periods).toEqual([]);
  });

  it('butler: cannot set peak periods (403); butler2 of project 2 does not see the sales center (404)', async () => {
    expect((await t.as('butler').post(`${URL}/peak-periods`, { salesCenterId: center, startDate: DAY, endDate: DAY, startTime: '10:00', endTime: '12:00' })).statusCode).toBe(403);
    expect((await timetable('butler2')).statusCode).toBe(404);
  });

  it('manager: sets the weekend peak 09:00–13:00 and the rotation; an empty or unknown rotation is 422', async () => {
    period = await addPeriod(t, center, { startDate: '2026-05-01', endDate: '2026-05-31', startTime: '09:00', endTime: '13:00', weekdays: [7, 6] });
    const settings = await t.as('manager').get(`${URL}/settings?salesCenterId=${center}`);
    expect(settings.json()).toMatchObject({ periods: [{ id: period, weekdays: [6, 7], current: true }], rotation: { kinds: ['guardDrill', 'receptionEtiquette', 'butlerSimulation'], isDefault: true, version: 0 }, allowedActions: ['edit'] });
    const empty = await t.as('manager').put(`${URL}/rotation`, { salesCenterId: center, kinds: [] });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().error.fields).toEqual({ kinds: '请至少选择一种演练项目' });
    expect((await t.as('manager').put(`${URL}/rotation`, { salesCenterId: center, kinds: ['fireDrill'] })).json().error.fields.kinds).toMatch(/只能是/);
    const saved = await t.as('manager').put(`${URL}/rotation`, { salesCenterId: center, kinds: ['receptionEtiquette', 'guardDrill'] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().rotation).toEqual({ kinds: ['receptionEtiquette', 'guardDrill'], isDefault: false, version: 1 });
    // A page holding an older version is stale.
    expect((await t.as('manager').put(`${URL}/rotation`, { salesCenterId: center, kinds: ['guardDrill'], version: 5 })).statusCode).toBe(409);
    expect((await t.as('manager').put(`${URL}/rotation`, { salesCenterId: center, kinds: ['guardDrill', 'receptionEtiquette', 'butlerSimulation'], version: 1 })).statusCode).toBe(200);
  });
});

describe('the day’s timetable and recording a drill', () => {
  it('butler: at 10:30 sees 09:00 missed, 10:00 due (to be recorded) and the later hours upcoming', async () => {
    const res = await timetable('butler');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.slots.map((s: { start: string; kind: string; status: string; allowedActions: string[] }) => [s.start, s.kind, s.status, s.allowedActions])).toEqual([
      ['09:00', 'guardDrill', 'missed', []],
      ['10:00', 'receptionEtiquette', 'due', ['record']],
      ['11:00', 'butlerSimulation', 'upcoming', []],
      ['12:00', 'guardDrill', 'upcoming', []],
    ]);
    expect(body.counts).toEqual({ upcoming: 2, due: 1, done: 0, missed: 1 });
    expect(body.performerOptions.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining([t.demo.users.butler, t.demo.users.manager, guard]));
    expect(body.performerOptions.map((p: { id: string }) => p.id)).not.toContain(t.demo.users.sales);
  });

  it('butler: a slot not in the timetable, an hour that ended or one far ahead is 422 naming the start', async () => {
    const photo = await uploadPhoto(t, 'butler');
    const base = { performerIds: [guard], photoId: photo };
    const off = await record('butler', { ...base, start: '10:30' });
    expect(off.statusCode).toBe(422);
    expect(off.json().error.fields).toEqual({ start: `${DAY} 10:30 不在该销售中心的礼仪演练时间表中` });
    expect((await record('butler', { ...base, start: '09:00' })).json().error.fields.start).toMatch(/已结束/);
    expect((await record('butler', { ...base, start: '12:00' })).json().error.code).toBe('DRILL_NOT_STARTED');
    expect((await record('butler', { ...base, start: '10:00', date: '2026-05-16' })).json().error.code).toBe('DRILL_NOT_STARTED');
    expect((await record('butler', { ...base, start: '10:00', performerIds: [t.demo.users.sales] })).json().error.fields).toEqual({ performerIds: '参演人员须为本项目的在职员工' });
    const noPhoto = await record('butler', { start: '10:00', performerIds: [guard] });
    expect(noPhoto.statusCode).toBe(400);
    expect(Object.keys(noPhoto.json().error.fields)).toEqual(['photoId']);
    expect(await t.ctx.db.selectFrom('etiquette_drill_records').select('id').where('sales_center_id', '=', center).execute()).toEqual([]);
  });

  it('frontline and butler: two records of the 10:00 drill at once give one 201 and one 409; the slot is done with its record', async () => {
    const [p1, p2] = [await uploadPhoto(t, 'butler'), await uploadPhoto(t, 'guard1')];
    const results = await Promise.all([
      record('butler', { start: '10:00', performerIds: [guard, t.demo.users.butler, guard], photoId: p1, note: '接待礼仪演示 3 人' }),
      record('guard1', { start: '10:00', performerIds: [guard], photoId: p2 }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const conflict = results.find((r) => r.statusCode === 409)!;
    expect(conflict.json().error.code).toBe('DRILL_ALREADY_RECORDED');
    const slot = (await timetable('salesmgr')).json().slots[1];
    expect(slot).toMatchObject({ start: '10:00', status: 'done', allowedActions: [] });
    expect(slot.record.performers.map((p: { id: string }) => p.id).sort()).toEqual(results[0]!.statusCode === 201 ? [guard, t.demo.users.butler].sort() : [guard]);
    expect(slot.record.photoUrl).toMatch(/^\/api\/files\//);
    expect(await t.ctx.db.selectFrom('etiquette_drill_records').select('id').where('sales_center_id', '=', center).execute()).toHaveLength(1);
  });

  it('sales manager: reads the board’s timetable but cannot record; a sales consultant and the marketing lead cannot read it', async () => {
    expect((await timetable('salesmgr')).json().performerOptions).toEqual([]);
    expect((await record('salesmgr', { start: '10:00', performerIds: [guard], photoId: 'x' })).statusCode).toBe(403);
    expect((await timetable('sales')).statusCode).toBe(403);
    expect((await timetable('marketing')).statusCode).toBe(403);
  });

  it('manager: past days list each slot done or missed; a date outside the peak has no slots', async () => {
    const days = await t.as('manager').get(`${URL}/days?salesCenterId=${center}&from=2026-05-01&to=${DAY}`);
    expect(days.statusCode, days.body).toBe(200);
    // Only the weekend of 2026-05-02/03 and today hold drills.
    expect(days.json().days.map((d: { date: string; counts: { done: number; missed: number } }) => [d.date, d.counts.done, d.counts.missed])).toEqual([
      [DAY, 1, 1],
      ['2026-05-03', 0, 4],
      ['2026-05-02', 0, 4],
    ]);
    expect((await timetable('manager', '&date=2026-05-11')).json().slots).toEqual([]);
    expect((await t.as('manager').get(`${URL}/days?salesCenterId=${center}&from=2026-05-09&to=2026-05-01`)).statusCode).toBe(422);
  });

  it('manager: edits the period to 09:00–12:00 with its version, a stale version is 409; deleting it empties the timetable', async () => {
    const stale = await t.as('manager').patch(`${URL}/peak-periods/${period}`, { endTime: '12:00', version: 9 });
    expect(stale.statusCode).toBe(409);
    const edited = await t.as('manager').patch(`${URL}/peak-periods/${period}`, { endTime: '12:00', version: 1 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ endTime: '12:00', version: 2 });
    expect((await t.as('manager').patch(`${URL}/peak-periods/${period}`, { endTime: '09:30', version: 2 })).json().error.fields.endTime).toMatch(/至少 1 小时/);
    expect((await timetable('butler')).json().slots.map((s: { start: string }) => s.start)).toEqual(['09:00', '10:00', '11:00']);
    expect((await t.as('manager').delete(`${URL}/peak-periods/${period}?version=2`)).statusCode).toBe(204);
    const empty = (await timetable('butler')).json();
    expect(empty.slots).toEqual([]);
    // The record stays.
    expect(await t.ctx.db.selectFrom('etiquette_drill_records').select('id').where('sales_center_id', '=', center).execute()).toHaveLength(1);
  });
});

describe('demo data', () => {
  it('manager: project 1’s sales center has a peak today with drills done earlier and one flagged missed', async () => {
    const demoCenter = (await t.ctx.db.selectFrom('sales_centers').select('id').where('project_id', '=', t.demo.projectIds[0]).where('name', 'not like', '演练%').orderBy('id').executeTakeFirstOrThrow()).id;
    const res = await t.as('manager').get(`${URL}/timetable?salesCenterId=${demoCenter}`);
    // Seeded at 10:30: hours 07:00–18:00, 07:00 and 08:00 done, 09:00 missed.
    expect(res.json().slots.slice(0, 4).map((s: { start: string; status: string }) => [s.start, s.status])).toEqual([
      ['07:00', 'done'],
      ['08:00', 'done'],
      ['09:00', 'missed'],
      ['10:00', 'due'],
    ]);
    const missed = await t.as('manager').get(`${URL}/missed?projectId=${t.demo.projectIds[0]}&from=${DAY}&to=${DAY}`);
    expect(missed.json().items.map((m: { start: string; notified: { name: string }[] }) => [m.start, m.notified.map((n) => n.name)])).toEqual([['09:00', ['服务中心经理 张伟']]]);
  });
});
