import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { departmentId, makeStaff } from '../work-orders/work-order-test-kit.js';
import { countRows, demoSalesCenter, itemOf, newSalesCenter, startCheck, uploadPhoto, type CheckBody } from './daily-check-test-kit.js';

// Monday 2026-03-02, 10:00 in Shanghai.
const NOW = new Date('2026-03-02T02:00:00Z');
const TODAY = '2026-03-02';

let t: TestApp;
let demoCenter: string;
let waterBarWorker: { username: string; id: string };
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  demoCenter = await demoSalesCenter(t);
  waterBarWorker = await makeStaff(t, { roles: ['frontline'], departmentId: await departmentId(t, '水吧岗'), name: '水吧 小周' });
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const answer = (who: string, itemId: string, body: Record<string, unknown>, headers?: Record<string, string>) => t.as(who).post(`/api/daily-check-items/${itemId}/answer`, body, headers);
const complete = (who: string, checkId: string, body: Record<string, unknown> = {}) => t.as(who).post(`/api/daily-checks/${checkId}/complete`, body);
const today = async (who: string, salesCenterId: string) => t.as(who).get(`/api/daily-checks/today?salesCenterId=${salesCenterId}`);

describe('starting today’s check', () => {
  it('demo: project 1’s sales center has today’s check in progress, three lines passed, no work order', async () => {
    const res = await today('butler', demoCenter);
    expect(res.statusCode).toBe(200);
    const { businessDate, check } = res.json();
    expect(businessDate).toBe(TODAY);
    expect(check).toMatchObject({ businessDate: TODAY, status: 'inProgress', unanswered: 4, failed: 0, startedBy: { id: t.demo.users.butler } });
    expect(check.items.filter((i: { result: string | null }) => i.result === 'pass').map((i: { key: string }) => i.key)).toEqual(['waterBar', 'siteAndShowFlat', 'liaisonForms']);
    expect(check.items.every((i: { workOrder: unknown }) => i.workOrder === null)).toBe(true);
    expect(await countRows(t, 'work_orders')).toBe(0);
  });

  it('butler: starting a day already started answers 200 with that check, writing nothing', async () => {
    const events = await countRows(t, 'daily_check_events');
    const res = await t.as('butler').post('/api/daily-checks', { salesCenterId: demoCenter });
    expect(res.statusCode).toBe(200);
    expect(res.json().id).toBe((await today('butler', demoCenter)).json().check.id);
    expect(await countRows(t, 'daily_check_events')).toBe(events);
  });

  it('butler: starts a sales center’s first check of the day with the seven lines; history and audit written', async () => {
    const center = await newSalesCenter(t);
    expect((await today('butler', center)).json()).toEqual({ businessDate: TODAY, salesCenterId: center, check: null });
    const res = await t.as('butler').post('/api/daily-checks', { salesCenterId: center });
    expect(res.statusCode, res.body).toBe(201);
    const check: CheckBody = res.json();
    expect(check).toMatchObject({ businessDate: TODAY, status: 'inProgress', unanswered: 7, failed: 0, allowedActions: ['answer', 'complete'], version: 1 });
    expect(check.history.map((h) => h.action)).toEqual(['start']);
    expect(itemOf(check, 'waterBar')).toMatchObject({ result: null, departmentName: '水吧岗', version: 1 });
    const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'entity_type']).where('entity_id', '=', check.id).execute();
    expect(audit).toEqual([{ action: 'create', entity_type: 'dailyCheck' }]);
    // The regional head reads it but offers no action.
    const regional = (await t.as('regional').get(`/api/daily-checks/${check.id}`)).json();
    expect(regional.allowedActions).toEqual([]);
  });

  it('after midnight in Shanghai (still the previous day in UTC) a new day’s check starts', async () => {
    vi.setSystemTime(new Date('2026-03-02T16:30:00Z'));
    try {
      const res = await t.as('butler').post('/api/daily-checks', { salesCenterId: demoCenter });
      expect(res.statusCode).toBe(201);
      expect(res.json().businessDate).toBe('2026-03-03');
    } finally {
      vi.setSystemTime(NOW);
    }
  });

  it('who may start: other projects are 404, roles that never check are 403, bad input names the field', async () => {
    const far = await demoSalesCenter(t, 1);
    expect((await t.as('butler').post('/api/daily-checks', { salesCenterId: far })).statusCode).toBe(404);
    expect((await today('butler', far)).statusCode).toBe(404);
    expect((await t.as('butler2').post('/api/daily-checks', { salesCenterId: demoCenter })).statusCode).toBe(404);
    for (const who of ['regional', 'technician', 'sales', 'marketing', 'owner']) {
      expect((await t.as(who).post('/api/daily-checks', { salesCenterId: demoCenter })).statusCode, who).toBe(403);
    }
    for (const who of ['technician', 'sales', 'owner']) expect((await today(who, demoCenter)).statusCode, who).toBe(403);
    expect((await t.as(null).post('/api/daily-checks', { salesCenterId: demoCenter })).statusCode).toBe(401);
    const bad = await t.as('butler').post('/api/daily-checks', {});
    expect([bad.statusCode, Object.keys(bad.json().error.fields)]).toEqual([400, ['salesCenterId']]);
    expect((await t.as('butler').post('/api/daily-checks', { salesCenterId: 'nope' })).statusCode).toBe(404);
  });
});

describe('answering lines', () => {
  it('butler: a pass with a note; the line’s version moves on, a stale one is 409', async () => {
    const check = await startCheck(t, 'butler', await newSalesCenter(t));
    const item = itemOf(check, 'reception');
    const res = await answer('butler', item.id, { result: 'pass', note: '  接待动线已安排 ', version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    const after: CheckBody = res.json();
    expect(itemOf(after, 'reception')).toMatchObject({ result: 'pass', note: '接待动线已安排', workOrder: null, version: 2, answeredBy: { id: t.demo.users.butler } });
    // Answers leave the check's version alone: a colleague answering another line never makes this one stale.
    expect(after).toMatchObject({ unanswered: 6, version: 1 });
    expect(after.history.map((h) => h.action)).toEqual(['start', 'answer']);
    // A stale item version is 409; the answer stands.
    const stale = await answer('manager', item.id, { result: 'fail', version: 1 });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'STALE_UPDATE']);
  });

  it('butler: a failed line with a photo raises a request dispatched to its post, whose members are told', async () => {
    const check = await startCheck(t, 'butler', await newSalesCenter(t));
    const item = itemOf(check, 'waterBar');
    const photo = await uploadPhoto(t, 'butler');
    const res = await answer('butler', item.id, { result: 'fail', note: '咖啡豆不足', photoIds: [photo] });
    expect(res.statusCode, res.body).toBe(200);
    const line = itemOf(res.json(), 'waterBar');
    expect(line).toMatchObject({ result: 'fail', note: '咖啡豆不足', photoIds: [photo], workOrder: { status: 'dispatched', number: expect.stringMatching(/^GD-20260302-\d{4}$/) } });
    const order = await t.ctx.db.selectFrom('work_orders').selectAll().where('id', '=', line.workOrder!.id).executeTakeFirstOrThrow();
    expect(order).toMatchObject({
      kind: 'request',
      channel: 'web',
      title: item.text,
      accountable_staff_id: t.demo.users.butler,
      created_by: t.demo.users.butler,
      requester_name: '管家 刘芳',
      dispatch_mode: 'assign',
      assignee_department_id: await departmentId(t, '水吧岗'),
      photo_ids: JSON.stringify([photo]),
    });
    expect(order.description).toContain('2026-03-02 开场检查不合格');
    expect(order.description).toContain('咖啡豆不足');
    const notices = await t.ctx.db.selectFrom('notifications').select(['user_id', 'link']).where('link', '=', `/work-orders/${order.id}`).execute();
    expect(notices).toEqual([{ user_id: waterBarWorker.id, link: `/work-orders/${order.id}` }]);
    const events = await t.ctx.db.selectFrom('work_order_events').select('action').where('work_order_id', '=', order.id).orderBy('id').execute();
    expect(events.map((e) => e.action)).toEqual(['create', 'dispatch']);
    const history = res.json().history.at(-1);
    expect(history).toMatchObject({ action: 'answer', itemId: item.id, data: { result: 'fail', workOrderId: order.id, workOrderNumber: order.number } });

    // Failing it again updates the note without a second order; ticking it passed is refused.
    const before = await countRows(t, 'work_orders');
    const again = await answer('manager', item.id, { result: 'fail', note: '已通知水吧补货' });
    expect(itemOf(again.json(), 'waterBar')).toMatchObject({ note: '已通知水吧补货', photoIds: [photo], workOrder: { id: order.id } });
    const pass = await answer('butler', item.id, { result: 'pass' });
    expect(pass.statusCode).toBe(422);
    expect(pass.json().error).toMatchObject({ code: 'FAILED_WITH_WORK_ORDER', fields: { result: expect.stringContaining(order.number) } });
    expect(await countRows(t, 'work_orders')).toBe(before);
  });

  it('butler: a failed line with no post raises a request the butler stays accountable for; pass → fail raises one too', async () => {
    const check = await startCheck(t, 'butler', await newSalesCenter(t));
    const visit = itemOf(check, 'visitPlan');
    expect(visit.departmentId).toBeNull();
    await answer('butler', visit.id, { result: 'pass' });
    const res = await answer('manager', visit.id, { result: 'fail', note: '客户资料未更新' });
    const line = itemOf(res.json(), 'visitPlan');
    expect(line.workOrder).toMatchObject({ status: 'accepted' });
    const order = await t.ctx.db.selectFrom('work_orders').select(['accountable_staff_id', 'assignee_department_id']).where('id', '=', line.workOrder!.id).executeTakeFirstOrThrow();
    expect(order).toEqual({ accountable_staff_id: t.demo.users.manager, assignee_department_id: null });
  });

  it('butler: photos must be the caller’s own uploads; a colleague’s photo already on the line may stay', async () => {
    const check = await startCheck(t, 'butler', await newSalesCenter(t));
    const item = itemOf(check, 'postSupervision');
    const managerPhoto = await uploadPhoto(t, 'manager');
    const orders = await countRows(t, 'work_orders');
    const res = await answer('butler', item.id, { result: 'fail', photoIds: [managerPhoto] });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['photoIds']);
    expect(await countRows(t, 'work_orders')).toBe(orders);
    expect(itemOf((await t.as('butler').get(`/api/daily-checks/${check.id}`)).json(), 'postSupervision')).toMatchObject({ result: null, version: 1 });
    // The manager attaches it; the butler then adds their own beside it.
    await answer('manager', item.id, { result: 'pass', photoIds: [managerPhoto] });
    const mine = await uploadPhoto(t, 'butler');
    const both = await answer('butler', item.id, { result: 'pass', photoIds: [managerPhoto, mine] });
    expect(both.statusCode, both.body).toBe(200);
    expect(itemOf(both.json(), 'postSupervision').photoIds).toEqual([managerPhoto, mine]);
  });

  it('bad input names the field in the caller’s language; other projects are 404; the sales side is 403', async () => {
    const item = itemOf((await today('butler', demoCenter)).json().check, 'reception');
    const zh = await answer('butler', item.id, { result: 'ok' });
    expect(zh.json().error.fields).toEqual({ result: '必须是以下之一：pass, fail' });
    const en = await answer('butler', item.id, { note: 'x'.repeat(1001) }, { 'accept-language': 'en' });
    expect(en.json().error.fields).toEqual({ result: 'Must be one of: pass, fail', note: 'At most 1000 characters' });
    expect((await answer('butler2', item.id, { result: 'pass' })).statusCode).toBe(404);
    for (const who of ['regional', 'technician', 'sales', 'marketing', 'owner']) expect((await answer(who, item.id, { result: 'pass' })).statusCode, who).toBe(403);
    expect((await answer('butler', 'no-such-item', { result: 'pass' })).statusCode).toBe(404);
  });
});

describe('completing the check', () => {
  it('butler: refused while lines are open, naming them; completes once all are answered; then it is read-only', async () => {
    const check = await startCheck(t, 'butler', await newSalesCenter(t));
    const open = await complete('butler', check.id);
    expect(open.statusCode).toBe(422);
    expect(open.json().error).toMatchObject({ code: 'CHECK_INCOMPLETE', message: '还有 7 项未检查，全部检查后才能完成', details: { unanswered: check.items.map((i) => i.key) } });
    let last: CheckBody = check;
    for (const item of check.items) last = (await answer('butler', item.id, { result: item.key === 'externalWorkers' ? 'fail' : 'pass' })).json();
    expect(last).toMatchObject({ unanswered: 0, failed: 1 });
    expect((await complete('butler', check.id, { version: last.version + 1 })).json().error.code).toBe('STALE_UPDATE');
    const done = await complete('butler', check.id, { version: last.version });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'completed', completedBy: { id: t.demo.users.butler, name: '管家 刘芳' }, completedAt: NOW.toISOString(), allowedActions: [] });
    expect(done.json().history.at(-1)).toMatchObject({ action: 'complete', data: { items: 7, failed: 1 } });
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', check.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'complete']);

    const late = await answer('manager', check.items[0]!.id, { result: 'fail' });
    expect([late.statusCode, late.json().error.code, late.json().error.message]).toEqual([409, 'FORBIDDEN_TRANSITION', '开场检查已完成，不能再修改']);
    expect((await complete('manager', check.id)).statusCode).toBe(409);
  });

  it('who may complete: other projects 404, the regional head and the sales side 403', async () => {
    const { check } = (await today('butler', demoCenter)).json();
    expect((await complete('butler2', check.id)).statusCode).toBe(404);
    for (const who of ['regional', 'sales', 'technician', 'owner']) expect((await complete(who, check.id)).statusCode, who).toBe(403);
    expect((await t.as('butler2').get(`/api/daily-checks/${check.id}`)).statusCode).toBe(404);
  });
});
