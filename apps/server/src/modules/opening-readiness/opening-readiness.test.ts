import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../testing/test-app.js';

// Sunday 2027-01-10, 10:00 in Shanghai; the demo counts its dates from this day.
const NOW = new Date('2027-01-10T02:00:00Z');
const at = (date: string) => new Date(`${date}T02:00:00Z`);
const URL = '/api/opening-readiness';

let t: TestApp;
let p1: string;
let p2: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  [p1, p2] = t.demo.projectIds;
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

interface Milestone {
  id: string;
  key: string;
  dueDate: string;
  colour: string;
  done: boolean;
  daysLeft: number;
  version: number;
  owner: { id: string; name: string } | null;
}
const view = async (who: string, projectId: string) => {
  const res = await t.as(who).get(`${URL}?projectId=${projectId}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
/** A GET with a session opened now: the cached sessions would have expired once the clock is moved months ahead. */
async function getAsOfNow(who: string, url: string) {
  const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: who, password: TEST_PASSWORD } });
  const cookie = login.cookies.find((c) => c.name === 'gj_session')!;
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: `gj_session=${cookie.value}` } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const byKey = (v: { milestones: Milestone[] }) => Object.fromEntries(v.milestones.map((m) => [m.key, m]));
const dueDates = (v: { milestones: Milestone[] }) => Object.fromEntries(v.milestones.map((m) => [m.key, m.dueDate]));
const putDates = (who: string, body: Record<string, unknown>) => t.as(who).put(`${URL}/dates`, body);
const p2Dates = (dates: Record<string, string | null>, extra: Record<string, unknown> = {}) => ({ projectId: p2, firstLaunchDate: null, clubhouseOpeningDate: null, showFlatOpeningDate: null, ...dates, ...extra });

describe('opening readiness: the demo', () => {
  it('manager: project 1 counts its milestones from the dates, the purchase requests done, the configuration lists part way', async () => {
    const v = await view('manager', p1);
    expect(v.today).toBe('2027-01-10');
    expect(v.dates).toMatchObject({ firstLaunchDate: '2027-05-10', clubhouseOpeningDate: '2027-04-25', showFlatOpeningDate: '2027-03-10' });
    expect(dueDates(v)).toEqual({
      clubhouseEquipmentPurchaseRequests: '2027-02-10',
      clubhouseStaffing: '2027-03-10',
      clubhouseDisplayHours: '2027-03-10',
      clubhouseStaffingApproval: '2027-03-10',
      clubhouseRecruitment: '2027-03-10',
      clubhouseTraining: '2027-03-10',
      clubhouseEquipmentInPlace: '2027-04-10',
      showFlatOpening: '2027-03-10',
    });
    expect(byKey(v).clubhouseEquipmentPurchaseRequests).toMatchObject({ done: true, colour: 'green', owner: { id: t.demo.users.manager } });
    expect(v.counts).toEqual({ green: 1, amber: 0, red: 0, grey: 7 });
    expect(v.equipment.places.map((p: { kind: string; name: string; progress: { total: number; inPlace: number } }) => [p.kind, p.name, p.progress.total, p.progress.inPlace])).toEqual([
      ['clubhouse', '会所', 7, 2],
      ['showFlat', 'A户型样板房', 3, 1],
      ['showFlat', 'B户型样板房', 2, 0],
    ]);
    expect(v.equipment.total).toMatchObject({ total: 12, inPlace: 3, allInPlace: false });
    expect(v.assignableOwners.map((u: { id: string }) => u.id).sort()).toEqual([t.demo.users.manager, t.demo.users.butler, t.demo.users.marketing].sort());
  });
});

describe('opening readiness: dates and their milestones', () => {
  it('admin: setting project 2’s dates creates the seed’s milestones; a launch on 31 May counts back to 28 February', async () => {
    const res = await putDates('admin', p2Dates({ firstLaunchDate: '2027-05-31', clubhouseOpeningDate: '2027-04-10', showFlatOpeningDate: '2027-04-20' }));
    expect(res.statusCode, res.body).toBe(200);
    expect(dueDates(res.json())).toEqual({
      clubhouseEquipmentPurchaseRequests: '2027-02-28',
      clubhouseStaffing: '2027-03-31',
      clubhouseDisplayHours: '2027-03-31',
      clubhouseStaffingApproval: '2027-03-31',
      clubhouseRecruitment: '2027-03-31',
      clubhouseTraining: '2027-03-31',
      clubhouseEquipmentInPlace: '2027-03-26',
      showFlatOpening: '2027-04-20',
    });
    expect(res.json().dates).toMatchObject({ version: 1, updatedBy: { id: t.demo.users.admin } });
    const created = await t.ctx.db.selectFrom('opening_milestone_events').select('action').where('project_id', '=', p2).execute();
    expect(created.map((e) => e.action)).toEqual(Array(8).fill('created'));
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'openingDates').where('project_id', '=', p2).execute();
    expect(audit.map((a) => a.action)).toEqual(['openingDates.set']);
  });

  it('butler2 marks the purchase requests done; regional moves the launch a month: its six milestones move, the done flag stays, the others keep their rows', async () => {
    const before = byKey(await view('butler2', p2));
    const done = await t.as('butler2').post(`${URL}/milestones/${before.clubhouseEquipmentPurchaseRequests!.id}/done`, { note: '已报采购部', version: 1 });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ done: true, colour: 'green', doneBy: { id: t.demo.users.butler2 }, note: '已报采购部', version: 2 });

    const res = await putDates('regional', p2Dates({ firstLaunchDate: '2027-06-30', clubhouseOpeningDate: '2027-04-10', showFlatOpeningDate: '2027-04-20' }, { version: 1, reason: '开盘推迟' }));
    expect(res.statusCode, res.body).toBe(200);
    const after = byKey(res.json());
    expect(after.clubhouseEquipmentPurchaseRequests).toMatchObject({ id: before.clubhouseEquipmentPurchaseRequests!.id, dueDate: '2027-03-30', done: true });
    for (const key of ['clubhouseStaffing', 'clubhouseDisplayHours', 'clubhouseStaffingApproval', 'clubhouseRecruitment', 'clubhouseTraining']) {
      expect(after[key]).toMatchObject({ id: before[key]!.id, dueDate: '2027-04-30', done: false });
    }
    expect(after.clubhouseEquipmentInPlace).toMatchObject({ id: before.clubhouseEquipmentInPlace!.id, dueDate: '2027-03-26', version: 1 });
    const moved = await t.ctx.db.selectFrom('opening_milestone_events').select(['milestone_key', 'from_value', 'to_value', 'note']).where('project_id', '=', p2).where('action', '=', 'moved').execute();
    expect(moved).toHaveLength(6);
    expect(moved.find((e) => e.milestone_key === 'clubhouseEquipmentPurchaseRequests')).toEqual({ milestone_key: 'clubhouseEquipmentPurchaseRequests', from_value: '2027-02-28', to_value: '2027-03-30', note: '开盘推迟' });
    const event = await t.ctx.db.selectFrom('opening_date_events').select(['before', 'after', 'milestone_changes', 'reason']).where('project_id', '=', p2).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(JSON.parse(event.before!).firstLaunchDate).toBe('2027-05-31');
    expect(JSON.parse(event.milestone_changes).moved).toHaveLength(6);
    expect(event.reason).toBe('开盘推迟');
  });

  it('admin: clearing the clubhouse opening removes its milestone and keeps its history; a stale version is refused with 409', async () => {
    const stale = await putDates('admin', p2Dates({ firstLaunchDate: '2027-06-30', showFlatOpeningDate: '2027-04-20' }, { version: 1 }));
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'STALE_UPDATE']);
    expect((await view('admin', p2)).milestones).toHaveLength(8);

    const res = await putDates('admin', p2Dates({ firstLaunchDate: '2027-06-30', showFlatOpeningDate: '2027-04-20' }, { version: 2 }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().milestones.map((m: Milestone) => m.key)).not.toContain('clubhouseEquipmentInPlace');
    expect(res.json().milestones).toHaveLength(7);
    const removed = await t.ctx.db.selectFrom('opening_milestone_events').select('milestone_key').where('project_id', '=', p2).where('action', '=', 'removed').execute();
    expect(removed).toEqual([{ milestone_key: 'clubhouseEquipmentInPlace' }]);
    // The same dates again change nothing.
    const again = await putDates('admin', p2Dates({ firstLaunchDate: '2027-06-30', showFlatOpeningDate: '2027-04-20' }));
    expect(again.json().dates.version).toBe(3);
  });

  it('green, amber and red follow today’s Shanghai date; the overview shows each project’s worst colour and next milestone', async () => {
    vi.setSystemTime(at('2027-04-10'));
    let v = byKey(await getAsOfNow('butler2', `${URL}?projectId=${p2}`));
    expect([v.clubhouseEquipmentPurchaseRequests!.colour, v.showFlatOpening!.colour, v.clubhouseStaffing!.colour]).toEqual(['green', 'amber', 'grey']);
    expect(v.showFlatOpening!.daysLeft).toBe(10);

    // 23:30 on 20 April in Shanghai is still the due day; half an hour later it is late.
    vi.setSystemTime(new Date('2027-04-20T15:30:00Z'));
    expect(byKey(await getAsOfNow('butler2', `${URL}?projectId=${p2}`)).showFlatOpening!.colour).toBe('amber');
    vi.setSystemTime(new Date('2027-04-20T16:30:00Z'));
    const late = await getAsOfNow('butler2', `${URL}?projectId=${p2}`);
    v = byKey(late);
    expect([v.showFlatOpening!.colour, v.showFlatOpening!.daysLeft, v.clubhouseStaffing!.colour]).toEqual(['red', -1, 'amber']);
    expect([late.counts, late.worstColour]).toEqual([{ green: 1, amber: 5, red: 1, grey: 0 }, 'red']);

    const overview = await getAsOfNow('regional', `${URL}/overview`);
    expect(overview.today).toBe('2027-04-21');
    const row2 = overview.items.find((i: { project: { id: string } }) => i.project.id === p2);
    expect(row2).toMatchObject({ worstColour: 'red', counts: { red: 1, amber: 5, green: 1 }, nextDue: { key: 'showFlatOpening', dueDate: '2027-04-20', colour: 'red' } });
    const row1 = overview.items.find((i: { project: { id: string } }) => i.project.id === p1);
    expect(row1).toMatchObject({ worstColour: 'red', equipment: { total: 12, inPlace: 3 } });
    // The butler of project 2 sees only project 2.
    expect((await getAsOfNow('butler2', `${URL}/overview`)).items.map((i: { project: { id: string } }) => i.project.id)).toEqual([p2]);
    vi.setSystemTime(NOW);
  });
});

describe('opening readiness: milestones', () => {
  it('manager: assigns an owner, marks done, reopens; a second done or a stale version is refused with 409 naming it', async () => {
    const m = byKey(await view('manager', p1)).clubhouseRecruitment!;
    const assigned = await t.as('manager').post(`${URL}/milestones/${m.id}/assign`, { ownerId: t.demo.users.butler, version: m.version });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json()).toMatchObject({ owner: { id: t.demo.users.butler, name: '管家 刘芳' }, version: m.version + 1 });

    const stale = await t.as('butler').post(`${URL}/milestones/${m.id}/done`, { version: m.version });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'STALE_UPDATE']);
    const done = await t.as('butler').post(`${URL}/milestones/${m.id}/done`, { version: m.version + 1 });
    expect(done.json()).toMatchObject({ done: true, colour: 'green' });
    const twice = await t.as('butler').post(`${URL}/milestones/${m.id}/done`, {});
    expect([twice.statusCode, twice.json().error.code, twice.json().error.message]).toEqual([409, 'FORBIDDEN_TRANSITION', '该节点已完成，不能标记完成，请刷新后查看最新状态']);
    const reopened = await t.as('manager').post(`${URL}/milestones/${m.id}/reopen`, { reason: '招聘人数未满' });
    expect(reopened.json()).toMatchObject({ done: false, doneAt: null, doneBy: null });
    const again = await t.as('manager').post(`${URL}/milestones/${m.id}/reopen`, {}, { 'accept-language': 'en' });
    expect([again.statusCode, again.json().error.message]).toEqual([409, 'This milestone is not done yet; it cannot be reopened. Refresh to see its latest state']);
    const history = await t.ctx.db.selectFrom('opening_milestone_events').select(['action', 'note']).where('milestone_id', '=', m.id).orderBy('id').execute();
    expect(history.map((h) => h.action)).toEqual(['assigned', 'done', 'reopened']);
    expect(history[2]!.note).toBe('招聘人数未满');
  });

  it('manager: an owner outside the project or in a role that does not work milestones is a field error; nothing changes', async () => {
    const m = byKey(await view('manager', p1)).clubhouseStaffing!;
    for (const ownerId of [t.demo.users.butler2, t.demo.users.technician, 'no-such-user']) {
      const res = await t.as('manager').post(`${URL}/milestones/${m.id}/assign`, { ownerId });
      expect([res.statusCode, res.json().error.fields]).toEqual([400, { ownerId: '只能指派给本项目的服务中心经理、管家或营销部现场负责人' }]);
    }
    expect(byKey(await view('manager', p1)).clubhouseStaffing!.version).toBe(m.version);
  });
});

describe('opening readiness: the equipment configuration list', () => {
  let itemId: string;
  it('butler: adds an item, walks it to checked (落实到位), and the place’s count follows', async () => {
    const res = await t.as('butler').post(`${URL}/equipment`, { projectId: p1, placeKind: 'clubhouse', placeName: '会所', itemName: '  空气净化器 ', quantity: 3 });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ itemName: '空气净化器', status: 'requested', inPlace: false, allowedActions: ['purchase'], version: 1 });
    itemId = res.json().id;
    for (const action of ['purchase', 'deliver', 'install', 'check']) {
      const step = await t.as(action === 'check' ? 'manager' : 'butler').post(`${URL}/equipment/${itemId}/${action}`, {});
      expect(step.statusCode, step.body).toBe(200);
    }
    const item = (await t.as('marketing').get(`${URL}/equipment/${itemId}`)).json();
    expect(item).toMatchObject({ status: 'checked', inPlace: true, allowedActions: ['stepBack'], version: 5 });
    expect(item.history.map((h: { action: string; toStatus: string }) => [h.action, h.toStatus])).toEqual([
      ['created', 'requested'],
      ['purchase', 'purchased'],
      ['deliver', 'delivered'],
      ['install', 'installed'],
      ['check', 'checked'],
    ]);
    const clubhouse = (await view('butler', p1)).equipment.places.find((p: { name: string }) => p.name === '会所');
    expect(clubhouse.progress).toMatchObject({ total: 8, inPlace: 3, allInPlace: false });
  });

  it('butler: a step back needs a reason (422 naming the field); a forbidden transition is 409 naming the status and action', async () => {
    const noReason = await t.as('butler').post(`${URL}/equipment/${itemId}/stepBack`, { reason: '  ' });
    expect([noReason.statusCode, noReason.json().error.fields]).toEqual([422, { reason: '退回上一步须填写原因' }]);
    const back = await t.as('butler').post(`${URL}/equipment/${itemId}/stepBack`, { reason: '验收发现滤网缺失' });
    expect(back.json()).toMatchObject({ status: 'installed', inPlace: false });
    expect(back.json().history.at(-1)).toMatchObject({ action: 'stepBack', fromStatus: 'checked', toStatus: 'installed', reason: '验收发现滤网缺失', actor: { name: '管家 刘芳' } });
    const skip = await t.as('butler').post(`${URL}/equipment/${itemId}/purchase`, {});
    expect([skip.statusCode, skip.json().error.code, skip.json().error.message]).toEqual([409, 'FORBIDDEN_TRANSITION', '配置项目当前状态为“已安装”，不能执行“采购”，请刷新后查看最新状态']);
    expect(skip.json().error.details).toEqual({ entity: 'equipmentItem', from: 'installed', action: 'purchase' });
    const unknown = await t.as('butler').post(`${URL}/equipment/${itemId}/ship`, {});
    expect([unknown.statusCode, Object.keys(unknown.json().error.fields)]).toEqual([400, ['action']]);
  });

  it('manager: edits an item (a duplicate name is 409), takes it off the list; it is gone from the view', async () => {
    const dup = await t.as('manager').patch(`${URL}/equipment/${itemId}`, { itemName: '制冰机' });
    expect([dup.statusCode, Object.keys(dup.json().error.fields)]).toEqual([409, ['itemName']]);
    const edited = await t.as('manager').patch(`${URL}/equipment/${itemId}`, { quantity: 4, note: '含备用滤网' });
    expect(edited.json()).toMatchObject({ quantity: 4, note: '含备用滤网' });
    const stale = await t.as('manager').delete(`${URL}/equipment/${itemId}?version=1`);
    expect(stale.statusCode).toBe(409);
    expect((await t.as('manager').delete(`${URL}/equipment/${itemId}`)).statusCode).toBe(204);
    expect((await t.as('manager').get(`${URL}/equipment/${itemId}`)).statusCode).toBe(404);
    expect((await view('manager', p1)).equipment.total.total).toBe(12);
    // Its name is free again.
    const again = await t.as('butler').post(`${URL}/equipment`, { projectId: p1, placeKind: 'clubhouse', placeName: '会所', itemName: '空气净化器', quantity: 1 });
    expect(again.statusCode).toBe(201);
  });
});

describe('opening readiness: who may do what', () => {
  it('reads: company roles, the project’s service center and marketing lead; others 403; another project 404', async () => {
    for (const who of ['admin', 'regional', 'manager', 'butler', 'marketing']) expect((await t.as(who).get(`${URL}?projectId=${p1}`)).statusCode, who).toBe(200);
    for (const who of ['technician', 'sales', 'salesmgr', 'owner']) {
      expect((await t.as(who).get(`${URL}?projectId=${p1}`)).statusCode, who).toBe(403);
      expect((await t.as(who).get(`${URL}/overview`)).statusCode, who).toBe(403);
    }
    expect((await t.as('butler2').get(`${URL}?projectId=${p1}`)).statusCode).toBe(404);
    expect((await t.as(null).get(`${URL}/overview`)).statusCode).toBe(401);
  });

  it('dates: company admin, regional head and service-center manager; butler and marketing 403; manager on project 2 404', async () => {
    const body = p2Dates({ firstLaunchDate: '2027-06-30', showFlatOpeningDate: '2027-04-20' });
    for (const who of ['butler', 'butler2', 'marketing', 'technician', 'owner']) expect((await putDates(who, body)).statusCode, who).toBe(403);
    expect((await putDates('manager', body)).statusCode).toBe(404);
  });

  it('milestones and equipment: the service center only; regional and marketing 403; butler2 on project 1 404', async () => {
    const m = byKey(await view('manager', p1)).clubhouseTraining!;
    for (const who of ['admin', 'regional', 'marketing', 'technician']) {
      expect((await t.as(who).post(`${URL}/milestones/${m.id}/done`, {})).statusCode, who).toBe(403);
      expect((await t.as(who).post(`${URL}/equipment`, { projectId: p1, placeKind: 'showFlat', placeName: 'A户型样板房', itemName: `x-${who}`, quantity: 1 })).statusCode, who).toBe(403);
    }
    expect((await t.as('butler2').post(`${URL}/milestones/${m.id}/done`, {})).statusCode).toBe(404);
    expect((await t.as('butler2').post(`${URL}/equipment`, { projectId: p1, placeKind: 'showFlat', placeName: 'A户型样板房', itemName: 'y', quantity: 1 })).statusCode).toBe(404);
    expect(byKey(await view('manager', p1)).clubhouseTraining!.done).toBe(false);
  });

  it('bad input: each bad field is named and nothing is written', async () => {
    const count = async () => (await t.ctx.db.selectFrom('opening_date_events').select('id').execute()).length;
    const before = await count();
    const bad = await putDates('admin', { projectId: p2, firstLaunchDate: '2027-02-30', clubhouseOpeningDate: '2027/04/10', extra: 1 });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['clubhouseOpeningDate', 'extra', 'firstLaunchDate', 'showFlatOpeningDate']);
    expect(await count()).toBe(before);
    const item = await t.as('butler').post(`${URL}/equipment`, { projectId: p1, placeKind: 'garage', placeName: '', itemName: 'z', quantity: 0 });
    expect([item.statusCode, Object.keys(item.json().error.fields).sort()]).toEqual([400, ['placeKind', 'placeName', 'quantity']]);
    expect((await view('butler', p1)).equipment.total.total).toBe(13);
  });
});
