import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../testing/test-app.js';
import { act, assignedToTechnician, expectStatus, h5Order, insertItem, notificationsOf, shanghaiDate, staffOrder, walk } from './work-order-test-kit.js';

let t: TestApp;
let neighbourHousehold: string;
beforeAll(async () => {
  t = await createTestApp();
  // A second household with its own owner account, and a co-owner account in the demo household.
  const unit = await t.ctx.db.selectFrom('units').select('id').where('project_id', '=', t.demo.projectIds[0]).where('code', '=', '1-102').executeTakeFirstOrThrow();
  neighbourHousehold = (await t.as('butler').post(`/api/projects/${t.demo.projectIds[0]}/households`, { unitId: unit.id })).json().id;
  const member = (username: string) => ({ relation: 'owner', name: username === 'neighbour' ? '邻居 郑先生' : '吴太太', createAccount: { username, password: TEST_PASSWORD } });
  expectStatus(await t.as('butler').post(`/api/households/${neighbourHousehold}/members`, member('neighbour')), 201);
  expectStatus(await t.as('butler').post(`/api/households/${t.demo.ownerHouseholdId}/members`, { ...member('wife'), relation: 'coOwner' }), 201);
});
afterAll(async () => t.close());

describe('the owner follows their orders on H5', () => {
  it('owner: lists their households’ orders newest first, including those the butler recorded for them', async () => {
    const first = await h5Order(t, { title: '第一单' });
    const second = await staffOrder(t, 'butler', { title: '管家代报' });
    const elsewhere = await staffOrder(t, 'butler', { householdId: neighbourHousehold, title: '邻居的单' });
    const page = (await t.as('owner').get('/api/h5/work-orders?pageSize=50')).json();
    const ids = page.items.map((i: { id: string }) => i.id);
    expect(ids.indexOf(second)).toBeLessThan(ids.indexOf(first));
    expect(ids).not.toContain(elsewhere);
    expect(page).toMatchObject({ page: 1, pageSize: 50, total: ids.length });
    expect(page.items.find((i: { id: string }) => i.id === second)).toMatchObject({ title: '管家代报', status: 'accepted', kind: 'request' });
    const onlyAccepted = (await t.as('owner').get('/api/h5/work-orders?status=accepted')).json();
    expect(onlyAccepted.items.every((i: { status: string }) => i.status === 'accepted')).toBe(true);
  });

  it('owner: the detail shows the promised times and a timeline without internal notes', async () => {
    const item = await insertItem(t, { name: '家电维修', lead_working_days: 0 });
    const date = shanghaiDate(5);
    const id = await h5Order(t, { kind: 'booking', serviceItemId: item, serviceDate: date, serviceStart: '14:00', serviceEnd: '16:00', title: null });
    await walk(t, id, [
      ['butler', 'accept'],
      ['butler', 'dispatch', { mode: 'assign', userId: t.demo.users.technician, note: '内部备注：业主脾气急' }],
      ['technician', 'return-assignment', { reason: '内部：排班冲突' }],
      ['manager', 'transfer-accountability', { userId: t.demo.users.manager, reason: '内部调整' }],
      ['butler', 'dispatch', { mode: 'assign', userId: t.demo.users.technician }],
    ]);
    expectStatus(await t.as('owner').post(`/api/h5/work-orders/${id}/urge`, { note: '请尽快' }), 200);
    const o = (await t.as('owner').get(`/api/h5/work-orders/${id}`)).json();
    expect(o).toMatchObject({ status: 'dispatched', title: '家电维修', serviceDate: date, serviceStart: '14:00', serviceEnd: '16:00', handlerName: '工程技术员 赵磊', urgeCount: 1 });
    expect(o.completeDueAt).toBe(new Date(Date.parse(`${date}T14:00:00+08:00`) + 1440 * 60_000).toISOString());
    expect(o.timeline.map((e: { action: string }) => e.action)).toEqual(['create', 'accept', 'dispatch', 'returnAssignment', 'dispatch', 'urge']);
    expect(o.timeline.filter((e: { reason: string | null }) => e.reason)).toEqual([expect.objectContaining({ action: 'urge', reason: '请尽快' })]);
    const text = JSON.stringify(o);
    for (const secret of ['内部', '13900001', 'accountable']) expect(text).not.toContain(secret);
    expect(o.allowedActions).toEqual(['cancel']);
  });

  it('owner: cancels before work starts, with a reason; the accountable butler and the assignee are told', async () => {
    const id = await h5Order(t);
    await walk(t, id, [
      ['butler', 'accept'],
      ['butler', 'dispatch', { mode: 'assign', userId: t.demo.users.technician }],
    ]);
    const res = await t.as('owner').post(`/api/h5/work-orders/${id}/cancel`, { reason: '已自行修好' });
    expectStatus(res, 200);
    expect(res.json()).toMatchObject({ status: 'cancelled', allowedActions: [], canUrge: false });
    expect(res.json().timeline.at(-1)).toMatchObject({ action: 'cancel', reason: '已自行修好' });
    for (const who of ['butler', 'technician']) expect(await notificationsOf(t, t.demo.users[who], id)).toContainEqual(expect.objectContaining({ kind: 'workOrder.cancelled' }));
  });

  it('owner: once work started, cancelling is refused with a clear message (403); paused work too', async () => {
    const id = await assignedToTechnician(t);
    await walk(t, id, [['technician', 'start']]);
    expectStatus(await t.as('owner').post(`/api/h5/work-orders/${id}/cancel`, { reason: '不要了' }), 409);
    await walk(t, id, [['technician', 'pause', { reason: '等配件' }]]);
    const res = await t.as('owner').post(`/api/h5/work-orders/${id}/cancel`, { reason: '不要了' });
    expectStatus(res, 403);
    expect(res.json().error.message).toBe('工单已开始处理，不能取消，请联系管家');
  });

  it('a co-owner acts as requester for the household’s orders; another owner sees nothing (404)', async () => {
    const id = await staffOrder(t);
    expectStatus(await t.as('wife').get(`/api/h5/work-orders/${id}`), 200);
    expectStatus(await t.as('wife').post(`/api/h5/work-orders/${id}/urge`, {}), 200);
    expectStatus(await t.as('neighbour').get(`/api/h5/work-orders/${id}`), 404);
    expectStatus(await t.as('neighbour').post(`/api/h5/work-orders/${id}/urge`, {}), 404);
    expectStatus(await t.as('neighbour').post(`/api/h5/work-orders/${id}/cancel`, { reason: 'x' }), 404);
    expect((await t.as('neighbour').get('/api/h5/work-orders')).json().items.map((i: { id: string }) => i.id)).not.toContain(id);
    const cancelled = await t.as('wife').post(`/api/h5/work-orders/${id}/cancel`, { reason: '家里人已处理' });
    expectStatus(cancelled, 200);
  });

  it('staff accounts may not use the H5 endpoints (403); a cancel needs a reason (400)', async () => {
    const id = await h5Order(t);
    for (const who of ['butler', 'technician', 'sales']) {
      expectStatus(await t.as(who).get('/api/h5/work-orders'), 403);
      expectStatus(await t.as(who).get(`/api/h5/work-orders/${id}`), 403);
      expectStatus(await t.as(who).post(`/api/h5/work-orders/${id}/cancel`, { reason: 'x' }), 403);
    }
    const res = await t.as('owner').post(`/api/h5/work-orders/${id}/cancel`, {});
    expectStatus(res, 400);
    expect(res.json().error.fields).toHaveProperty('reason');
    expectStatus(await act(t, 'owner', id, 'cancel', { reason: 'x' }), 403);
  });
});
