import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { buildingIdOf, newButler, visitBody } from './owner-visit-test-kit.js';

// Sunday 2026-05-10, 10:00 in Shanghai.
const NOW = new Date('2026-05-10T02:00:00Z');

let t: TestApp;
let p1: string;
let wu: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  p1 = t.demo.projectIds[0];
  wu = t.demo.ownerHouseholdId;
  await newButler(t, 'butlerb', '管家 王涛', 0);
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const url = (householdId: string) => `/api/households/${householdId}/owner-visits`;
const visitCount = async () => (await t.ctx.db.selectFrom('owner_visits').select('id').execute()).length;

describe('recording a routine visit', () => {
  it('demo: the demo butler looks after project 1, visited one household this quarter (coverage above 0, below 100%)', async () => {
    const c = (await t.as('butler').get(`/api/projects/${p1}/owner-visit-coverage`)).json();
    expect(c.totals.visited).toBe(1);
    expect(c.totals.assigned).toBeGreaterThan(1);
    expect(c.totals.percent).toBeGreaterThan(0);
    expect(c.totals.percent).toBeLessThan(100);
  });

  it('butler: a home visit with needs added to the service profile (once each) and a follow-up work order, all in one go', async () => {
    const before = (await t.as('butler').get(`/api/households/${wu}/service-profile`)).json();
    const res = await t.as('butler').post(
      url(wu),
      visitBody({
        kind: 'homeVisit',
        visitedAt: '2026-05-10T01:30:00Z',
        contactName: '吴老先生',
        summary: '上门拜访，老人身体不错，希望定期检查燃气。',
        satisfaction: 5,
        needs: ['每月上门检查燃气', '每周五下午家政保洁', '每月上门检查燃气'],
        addNeedsToProfile: true,
        followUp: { kind: 'request', title: '燃气安全检查' },
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const v = res.json();
    expect(v).toMatchObject({ kind: 'homeVisit', visitedOn: '2026-05-10', contactName: '吴老先生', satisfaction: 5, needsInProfile: true, butler: { id: t.demo.users.butler }, visitedBy: { name: '管家 刘芳' } });
    expect(v.needs).toEqual(['每月上门检查燃气', '每周五下午家政保洁']);
    expect(v.household.label).toBe('1号楼 1-101（吴宅）');
    expect(v.workOrder.number).toMatch(/^GD-20260510-/);

    const after = (await t.as('butler').get(`/api/households/${wu}/service-profile`)).json();
    expect(after.detail.recorded.needs).toEqual(['每周五下午家政保洁', '每月上门检查燃气']);
    expect(after.detail.recorded.notes).toBe(before.detail.recorded.notes);
    expect(after.version).toBe(before.version + 1);
    const history = (await t.as('butler').get(`/api/households/${wu}/service-profile/history`)).json().items;
    expect(history[0]).toMatchObject({ action: 'record', fields: ['needs'], actor: { name: '管家 刘芳' } });

    const order = (await t.as('butler').get(`/api/work-orders/${v.workOrder.id}`)).json();
    expect(order).toMatchObject({ title: '燃气安全检查', kind: 'request', channel: 'visit', status: 'accepted' });
    expect(order.description).toContain('上门拜访');
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('at', '>=', NOW.toISOString()).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['ownerVisit.record', 'workOrder.create', 'update']));
  });

  it('butler: bad input names the field in the caller’s language and writes nothing (no visit, no profile change, no work order)', async () => {
    const count = await visitCount();
    const orders = (await t.ctx.db.selectFrom('work_orders').select('id').execute()).length;
    const profile = (await t.as('butler').get(`/api/households/${wu}/service-profile`)).json().version;
    const future = await t.as('butler').post(url(wu), visitBody({ visitedAt: '2026-05-10T03:00:00Z', needs: ['x'], addNeedsToProfile: true, followUp: { title: '某事' } }));
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields.visitedAt).toBe('回访时间不能晚于现在');
    const futureEn = await t.as('butler').post(url(wu), visitBody({ visitedAt: '2026-05-11T00:00:00Z' }), { 'accept-language': 'en' });
    expect(futureEn.json().error.fields.visitedAt).toBe('The visit time cannot be later than now');
    const noNeeds = await t.as('butler').post(url(wu), visitBody({ addNeedsToProfile: true }));
    expect(noNeeds.json().error.fields.needs).toBe('勾选“加入服务需求档案”时请至少填写一条需求');
    expect((await t.as('butler').post(url(wu), visitBody({ satisfaction: 6 }))).json().error.fields.satisfaction).toBe('不能大于 5');
    expect((await t.as('butler').post(url(wu), visitBody({ kind: 'letter' }))).statusCode).toBe(400);
    expect((await t.as('butler').post(url(wu), visitBody({ contactName: ' ' }))).json().error.fields.contactName).toBe('必填');
    expect(await visitCount()).toBe(count);
    expect((await t.ctx.db.selectFrom('work_orders').select('id').execute()).length).toBe(orders);
    expect((await t.as('butler').get(`/api/households/${wu}/service-profile`)).json().version).toBe(profile);
  });

  it('butler: may not record for another butler’s household (403); its manager may (201, the household’s butler kept); other projects 404; read-only and field roles 403', async () => {
    expect((await t.as('butlerb').post(url(wu), visitBody())).statusCode).toBe(403);
    expect((await t.as('butlerb').post(url(wu), visitBody())).json().error.message).toBe('该住户不由您分管，只有其分管管家或服务中心经理可以记录回访');
    const byManager = await t.as('manager').post(url(wu), visitBody({ kind: 'onSite', visitedAt: '2026-05-09T08:00:00Z' }));
    expect(byManager.statusCode).toBe(201);
    expect(byManager.json()).toMatchObject({ butler: { id: t.demo.users.butler }, visitedBy: { name: '服务中心经理 张伟' } });
    expect((await t.as('butler2').post(url(wu), visitBody())).statusCode).toBe(404);
    expect((await t.as('regional').post(url(wu), visitBody())).statusCode).toBe(403);
    expect((await t.as('technician').post(url(wu), visitBody())).statusCode).toBe(403);
    expect((await t.as('owner').post(url(wu), visitBody())).statusCode).toBe(403);
  });
});

describe('planning and history', () => {
  it('butler: plans a visit date (version 0 creates it, stale 409, past 400); recording a visit clears it', async () => {
    const household = (await t.as('butler').get(`/api/projects/${p1}/owner-visit-schedule?status=due`)).json().items[0];
    const plan = (body: Record<string, unknown>, who = 'butler') => t.as(who).put(`/api/households/${household.household.id}/owner-visit-plan`, body);
    const first = await plan({ plannedOn: '2026-05-20', version: 0 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ householdId: household.household.id, plannedOn: '2026-05-20', version: 1 });
    expect((await plan({ plannedOn: '2026-05-21', version: 0 })).statusCode).toBe(409);
    expect((await plan({ plannedOn: '2026-05-09', version: 1 })).json().error.fields.plannedOn).toBe('计划回访日期不能早于今天');
    expect((await plan({ plannedOn: '2026-05-21', version: 1 }, 'butlerb')).statusCode).toBe(403);
    const listed = (await t.as('butler').get(`/api/projects/${p1}/owner-visit-schedule`)).json().items.find((i: { household: { id: string } }) => i.household.id === household.household.id);
    expect(listed).toMatchObject({ plannedOn: '2026-05-20', planVersion: 1, status: 'due' });
    expect((await t.as('butler').post(url(household.household.id), visitBody())).statusCode).toBe(201);
    const visited = (await t.as('butler').get(`/api/projects/${p1}/owner-visit-schedule`)).json().items.find((i: { household: { id: string } }) => i.household.id === household.household.id);
    expect(visited).toMatchObject({ plannedOn: null, planVersion: 0, status: 'visited', lastVisitedOn: '2026-05-10' });
  });

  it('manager: the history filters by butler, building and dates; the CSV carries the same rows; a butler sees only their households’ visits', async () => {
    const base = `/api/projects/${p1}/owner-visits`;
    const all = (await t.as('manager').get(base)).json();
    expect(all.total).toBe(await visitCount());
    expect(all.items[0].visitedAt >= all.items[1].visitedAt).toBe(true);
    const today = (await t.as('manager').get(`${base}?from=2026-05-10&to=2026-05-10`)).json();
    expect(today.items.every((v: { visitedOn: string }) => v.visitedOn === '2026-05-10')).toBe(true);
    expect(today.total).toBe(2);
    const building1 = (await t.as('manager').get(`${base}?buildingId=${await buildingIdOf(t, 0, '1')}`)).json();
    expect(building1.items.every((v: { household: { unitCode: string } }) => v.household.unitCode.startsWith('1-'))).toBe(true);
    expect((await t.as('manager').get(`${base}?butlerId=${t.demo.users.butler2}`)).json().total).toBe(0);
    expect((await t.as('manager').get(`${base}?from=2026-05-10&to=2026-05-01`)).json().error.fields.to).toBe('结束日期不能早于开始日期');
    expect((await t.as('butlerb').get(base)).json().total).toBe(0);
    expect((await t.as('butler').get(base)).json().total).toBe(all.total);

    const csv = await t.as('manager').get(`${base}/export?from=2026-05-10&to=2026-05-10`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('回访时间,住户,回访方式,受访人,分管管家,回访人,满意度,回访内容,客户需求,已加入需求档案,跟进工单');
    expect(lines).toHaveLength(3);
    expect(lines.some((l) => l.startsWith('2026-05-10 09:30,1号楼 1-101（吴宅）,上门拜访,吴老先生,管家 刘芳,管家 刘芳,5,') && l.includes('每月上门检查燃气；每周五下午家政保洁,是,GD-'))).toBe(true);
    const en = await t.as('manager').get(`${base}/export?from=2026-05-10&to=2026-05-10`, { 'accept-language': 'en' });
    expect(en.body).toContain('Visited at,Household,Kind');
    expect((await t.as('technician').get(`${base}/export`)).statusCode).toBe(403);
  });
});
