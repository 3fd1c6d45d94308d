import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildJobHandlers, buildJobSchedules } from '../../platform/jobs/handlers.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { REMIND_DUE_OWNER_VISITS, remindDueVisitsSchedule } from './jobs.js';
import { buildingIdOf, newButler, newHousehold, visitBody } from './owner-visit-test-kit.js';
import { remindDueVisits } from './remind-due-visits.js';

// Sunday 2026-05-10, 10:00 in Shanghai: the second quarter (04-01 … 06-30).
const NOW = new Date('2026-05-10T02:00:00Z');

let t: TestApp;
let p1: string;
let p2: string;
let butlerB: string;
let butlerC: string;
const h: Record<string, string> = {};
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  [p1, p2] = t.demo.projectIds;
  butlerB = await newButler(t, 'butlerb', '管家 王涛', 0);
  butlerC = await newButler(t, 'butlerc', '管家 孙悦', 1);
  for (const code of ['1-101', '1-102', '1-201', '2-101', '2-102']) h[code] = await newHousehold(t, 1, code);
  // Project 2's households arrived in the first quarter.
  await t.ctx.db.updateTable('households').set({ created_at: '2026-01-15T02:00:00.000Z' }).where('id', 'in', Object.values(h)).execute();
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const assign = (who: string, projectId: string, body: Record<string, unknown>) => t.as(who).post(`/api/projects/${projectId}/household-butlers`, body);
const record = (who: string, householdId: string, patch: Record<string, unknown> = {}) => t.as(who).post(`/api/households/${householdId}/owner-visits`, visitBody(patch));

describe('管家分管: which butler looks after which household', () => {
  it('admin: assigns a building of project 2 to its butler and one household to another; a repeat changes nothing', async () => {
    const byBuilding = await assign('admin', p2, { butlerId: t.demo.users.butler2, buildingId: await buildingIdOf(t, 1, '1') });
    expect(byBuilding.statusCode, byBuilding.body).toBe(200);
    expect(byBuilding.json()).toEqual({ assigned: 3, unchanged: 0 });
    expect((await assign('admin', p2, { butlerId: butlerC, householdIds: [h['2-101']] })).json()).toEqual({ assigned: 1, unchanged: 0 });
    expect((await assign('admin', p2, { butlerId: butlerC, householdIds: [h['2-101']] })).json()).toEqual({ assigned: 0, unchanged: 1 });
    const list = (await t.as('admin').get(`/api/projects/${p2}/household-butlers?pageSize=50`)).json();
    expect(list.total).toBe(5);
    expect(list.items.map((i: { household: { unitCode: string }; butler: { name: string } | null; source: string | null }) => [i.household.unitCode, i.butler?.name ?? null, i.source])).toEqual([
      ['1-101', '管家 陈静', 'assigned'],
      ['1-102', '管家 陈静', 'assigned'],
      ['1-201', '管家 陈静', 'assigned'],
      ['2-101', '管家 孙悦', 'assigned'],
      ['2-102', null, null],
    ]);
    expect((await t.as('admin').get(`/api/projects/${p2}/household-butlers?unassigned=true`)).json().items.map((i: { household: { id: string } }) => i.household.id)).toEqual([h['2-102']]);
    // A butler reads only their own households.
    expect((await t.as('butlerc').get(`/api/projects/${p2}/household-butlers`)).json().total).toBe(1);
    const audit = await t.ctx.db.selectFrom('audit_log').select('entity_id').where('action', '=', 'ownerVisit.assignButler').where('project_id', '=', p2).execute();
    expect(audit).toHaveLength(4);
  });

  it('manager: a household without an assignment follows its latest deal’s butler until assigned; onlyUnassigned leaves it', async () => {
    const deal = await t.as('manager').post(`/api/projects/${p1}/deals`, {
      unitId: (await t.ctx.db.selectFrom('units').select('id').where('project_id', '=', p1).where('code', '=', '2-301').executeTakeFirstOrThrow()).id,
      buyer: { name: '郑先生', phone: '13700002301' },
      signingDate: '2026-05-01',
      butlerId: butlerB,
    });
    expect(deal.statusCode, deal.body).toBe(201);
    const householdId = deal.json().householdId as string;
    const row = async () => (await t.as('manager').get(`/api/projects/${p1}/household-butlers?buildingId=${await buildingIdOf(t, 0, '2')}`)).json().items.find((i: { household: { id: string } }) => i.household.id === householdId);
    expect(await row()).toMatchObject({ butler: { id: butlerB, name: '管家 王涛' }, source: 'deal', assignedAt: null });
    expect((await t.as('butlerb').get(`/api/projects/${p1}/owner-visit-schedule`)).json().items.map((i: { household: { id: string } }) => i.household.id)).toEqual([householdId]);
    const keep = await assign('manager', p1, { butlerId: t.demo.users.butler, buildingId: await buildingIdOf(t, 0, '2'), onlyUnassigned: true });
    expect(keep.json()).toEqual({ assigned: 0, unchanged: 1 });
    expect((await assign('manager', p1, { butlerId: t.demo.users.butler, householdIds: [householdId] })).json()).toEqual({ assigned: 1, unchanged: 0 });
    expect(await row()).toMatchObject({ butler: { id: t.demo.users.butler }, source: 'assigned', assignedAt: NOW.toISOString() });
  });

  it('manager: bad assignments name the field and write nothing; butlers, technicians and project-2 staff may not assign', async () => {
    const both = await assign('manager', p1, { butlerId: t.demo.users.butler, buildingId: await buildingIdOf(t, 0, '1'), householdIds: [t.demo.ownerHouseholdId] });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.fields.buildingId).toBe('请选择楼栋或住户（二选一）');
    const otherButler = await assign('manager', p1, { butlerId: t.demo.users.butler2, householdIds: [t.demo.ownerHouseholdId] });
    expect(otherButler.json().error.fields.butlerId).toBe('请选择本项目的物业管家');
    const otherHousehold = await t.as('admin').post(`/api/projects/${p1}/household-butlers`, { butlerId: t.demo.users.butler, householdIds: [t.demo.ownerHouseholdId, h['1-101']] }, { 'accept-language': 'en' });
    expect(otherHousehold.json().error.fields['householdIds.1']).toBe('This household does not belong to the project');
    expect((await assign('butler', p1, { butlerId: t.demo.users.butler, householdIds: [t.demo.ownerHouseholdId] })).statusCode).toBe(403);
    expect((await assign('regional', p1, { butlerId: t.demo.users.butler, householdIds: [t.demo.ownerHouseholdId] })).statusCode).toBe(403);
    expect((await assign('butler2', p1, { butlerId: t.demo.users.butler, householdIds: [t.demo.ownerHouseholdId] })).statusCode).toBe(403);
    expect((await t.as('technician').get(`/api/projects/${p1}/household-butlers`)).statusCode).toBe(403);
    expect((await t.as('butler2').get(`/api/projects/${p1}/household-butlers`)).statusCode).toBe(404);
  });
});

describe('visits, schedule and coverage on project 2 (computed by hand)', () => {
  it('butler: visits this and last quarter; the schedule lists overdue, due and visited by due date', async () => {
    expect((await record('butler2', h['1-101'], { visitedAt: '2026-04-20T03:00:00Z' })).statusCode).toBe(201);
    expect((await record('butler2', h['1-102'], { visitedAt: '2026-02-10T03:00:00Z' })).statusCode).toBe(201);
    // Two visits to one household count once; the Shanghai date decides (05-01 00:30 Shanghai is still this quarter).
    expect((await record('butlerc', h['2-101'], { visitedAt: '2026-04-30T16:30:00Z', kind: 'homeVisit' })).statusCode).toBe(201);
    expect((await record('butlerc', h['2-101'], { visitedAt: '2026-05-08T03:00:00Z', kind: 'onSite' })).statusCode).toBe(201);
    const schedule = (await t.as('butler2').get(`/api/projects/${p2}/owner-visit-schedule`)).json();
    expect(schedule).toMatchObject({ total: 3, cadence: 'quarterly', today: '2026-05-10', quarter: { year: 2026, quarter: 2, start: '2026-04-01', end: '2026-06-30', label: '2026年第2季度' } });
    expect(schedule.items.map((i: { household: { unitCode: string }; status: string; dueOn: string; lastVisitedOn: string | null }) => [i.household.unitCode, i.status, i.dueOn, i.lastVisitedOn])).toEqual([
      ['1-201', 'overdue', '2026-03-31', null],
      ['1-102', 'due', '2026-06-30', '2026-02-10'],
      ['1-101', 'visited', '2026-09-30', '2026-04-20'],
    ]);
    expect((await t.as('butler2').get(`/api/projects/${p2}/owner-visit-schedule?status=overdue`)).json().items).toHaveLength(1);
  });

  it('admin: coverage per butler — 陈静 1/3 (33%) with 1 overdue, 孙悦 1/1, one household unassigned; a butler sees only their line', async () => {
    const all = (await t.as('admin').get(`/api/projects/${p2}/owner-visit-coverage`)).json();
    expect(all.totals).toEqual({ visited: 2, assigned: 4, percent: 50, overdue: 1 });
    expect(all.unassigned).toBe(1);
    expect(all.butlers).toEqual([
      // In pinyin order: 陈 (chén) before 孙 (sūn).
      { butler: { id: t.demo.users.butler2, name: '管家 陈静' }, visited: 1, assigned: 3, percent: 33, overdue: 1 },
      { butler: { id: butlerC, name: '管家 孙悦' }, visited: 1, assigned: 1, percent: 100, overdue: 0 },
    ]);
    const own = (await t.as('butler2').get(`/api/projects/${p2}/owner-visit-coverage`)).json();
    expect(own).toMatchObject({ totals: { visited: 1, assigned: 3, percent: 33, overdue: 1 }, unassigned: 0 });
    expect(own.butlers).toHaveLength(1);
    expect((await t.as('regional').get(`/api/projects/${p2}/owner-visit-coverage`)).json().butlers).toHaveLength(2);
  });

  it('admin: a 30-day cadence moves due dates and overdue counts; a stale version is 409; the regional head may not change it', async () => {
    const set = await t.as('admin').put(`/api/projects/${p2}/owner-visit-settings`, { cadence: 30, version: 0 });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ cadence: 30, version: 1, canEdit: true });
    expect((await t.as('admin').put(`/api/projects/${p2}/owner-visit-settings`, { cadence: 'quarterly', version: 0 })).statusCode).toBe(409);
    expect((await t.as('admin').put(`/api/projects/${p2}/owner-visit-settings`, { cadence: 3, version: 1 })).statusCode).toBe(400);
    expect((await t.as('regional').put(`/api/projects/${p2}/owner-visit-settings`, { cadence: 60, version: 1 })).statusCode).toBe(403);
    expect((await t.as('butler2').get(`/api/projects/${p2}/owner-visit-settings`)).json()).toMatchObject({ cadence: 30, canEdit: false });
    const schedule = (await t.as('butler2').get(`/api/projects/${p2}/owner-visit-schedule`)).json();
    expect(schedule.items.map((i: { household: { unitCode: string }; status: string; dueOn: string }) => [i.household.unitCode, i.status, i.dueOn])).toEqual([
      ['1-201', 'overdue', '2026-02-14'],
      ['1-102', 'overdue', '2026-03-12'],
      ['1-101', 'visited', '2026-05-20'],
    ]);
    expect((await t.as('admin').get(`/api/projects/${p2}/owner-visit-coverage`)).json().totals).toEqual({ visited: 2, assigned: 4, percent: 50, overdue: 2 });
    await t.as('admin').put(`/api/projects/${p2}/owner-visit-settings`, { cadence: 'quarterly', version: 1 });
  });

  it('visibility: project-2 figures are 404 to project-1 staff, 403 to technicians and owners', async () => {
    for (const path of ['owner-visit-coverage', 'owner-visit-schedule', 'owner-visits', 'owner-visit-settings']) {
      expect((await t.as('butler').get(`/api/projects/${p2}/${path}`)).statusCode, path).toBe(404);
      expect((await t.as('technician').get(`/api/projects/${p2}/${path}`)).statusCode, path).toBe(403);
      expect((await t.as('owner').get(`/api/projects/${p2}/${path}`)).statusCode, path).toBe(403);
    }
  });
});

describe('the daily overdue reminder', () => {
  it('system: each butler with overdue households hears once a day, listing them; the next day again', async () => {
    const mine = async () => t.ctx.db.selectFrom('notifications').select(['user_id', 'title', 'body', 'link']).where('kind', '=', 'ownerVisit.overdue').where('project_id', '=', p2).execute();
    const run = await remindDueVisits(t.ctx.db, NOW);
    expect(run.notifications.filter((n) => n.project_id === p2).map((n) => n.user_id)).toEqual([t.demo.users.butler2]);
    const [notice] = await mine();
    expect(notice).toMatchObject({ title: '定期回访已逾期：1 户', link: '/owner-visits' });
    expect(notice!.body).toContain('1号楼 1-201（1-201 住户）');
    const again = await Promise.all([remindDueVisits(t.ctx.db, new Date(NOW.getTime() + 3_600_000)), remindDueVisits(t.ctx.db, NOW)]);
    expect(again.map((r) => r.reminded)).toEqual([0, 0]);
    expect(await mine()).toHaveLength(1);
    await remindDueVisits(t.ctx.db, new Date('2026-05-11T01:00:00Z'));
    expect(await mine()).toHaveLength(2);
  });

  it('system: the job is registered and scheduled every morning at 09:00 Shanghai time', () => {
    expect(buildJobSchedules().map((s) => s.name)).toContain(remindDueVisitsSchedule.name);
    expect(remindDueVisitsSchedule.nextSlot(new Date('2026-05-10T12:00:00Z'))?.toISOString()).toBe('2026-05-11T01:00:00.000Z');
    expect(buildJobHandlers()[REMIND_DUE_OWNER_VISITS]).toBeTypeOf('function');
  });
});
