import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { act, assignedToTechnician, countRows, expectStatus, h5Order, makeStaff, notificationsOf, staffOrder, walk } from './work-order-test-kit.js';

let t: TestApp;
let butler3: { username: string; id: string };
beforeAll(async () => {
  t = await createTestApp();
  butler3 = await makeStaff(t, { roles: ['butler'], name: '管家 王' });
});
afterAll(async () => t.close());

const accountableOf = async (id: string) => (await t.ctx.db.selectFrom('work_orders').select('accountable_staff_id').where('id', '=', id).executeTakeFirstOrThrow()).accountable_staff_id;

describe('first-contact ownership (首问责任制)', () => {
  it('the first desk member to receive an H5 request stays accountable through dispatches and returns', async () => {
    const id = await h5Order(t);
    expect(await accountableOf(id)).toBeNull();
    const h5 = (await t.as('butler').get(`/api/work-orders/${id}`)).json();
    expect(h5.accountableStaff).toBeNull();
    await walk(t, id, [['butler', 'accept']]);
    expect(await accountableOf(id)).toBe(t.demo.users.butler);
    await walk(t, id, [
      ['manager', 'dispatch', { mode: 'assign', userId: t.demo.users.technician }],
      ['technician', 'return-assignment', { reason: '需要电工' }],
      [butler3.username, 'dispatch', { mode: 'assign', userId: t.demo.users.technician }],
      ['technician', 'accept-assignment'],
      ['technician', 'start'],
      ['manager', 'dispatch', { mode: 'assign', userId: butler3.id }],
    ]);
    expect(await accountableOf(id)).toBe(t.demo.users.butler);
  });

  it('dispatching an unreceived H5 request makes the dispatcher accountable', async () => {
    const id = await h5Order(t);
    await walk(t, id, [[butler3.username, 'dispatch', { mode: 'assign', userId: t.demo.users.technician }]]);
    expect(await accountableOf(id)).toBe(butler3.id);
  });

  it('cancelling an unreceived request does not make anyone accountable', async () => {
    const id = await h5Order(t);
    await walk(t, id, [['butler', 'cancel', { reason: '重复提交' }]]);
    expect(await accountableOf(id)).toBeNull();
  });
});

describe('moving accountability', () => {
  it('manager: moves it with a reason; both people are told; the history and the audit keep it', async () => {
    const id = await staffOrder(t);
    const res = await act(t, 'manager', id, 'transfer-accountability', { userId: butler3.id, reason: '刘芳休假' });
    expectStatus(res, 200);
    const o = res.json();
    expect(o.accountableStaff).toEqual({ id: butler3.id, name: '管家 王' });
    expect(o.events.at(-1)).toMatchObject({
      action: 'transferAccountability',
      fromStatus: null,
      toStatus: null,
      reason: '刘芳休假',
      actor: { id: t.demo.users.manager },
      data: { fromUserId: t.demo.users.butler, toUserId: butler3.id },
    });
    expect(await notificationsOf(t, butler3.id, id)).toEqual([expect.objectContaining({ kind: 'workOrder.accountable', body: expect.stringContaining('转给您：刘芳休假') })]);
    expect(await notificationsOf(t, t.demo.users.butler, id)).toEqual([expect.objectContaining({ kind: 'workOrder.accountable', body: expect.stringContaining('转给管家 王') })]);
    const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'before', 'after']).where('entity_id', '=', id).where('action', '=', 'workOrder.transferAccountability').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before!).accountable_staff_id).toBe(t.demo.users.butler);
    expect(JSON.parse(audit.after!).accountable_staff_id).toBe(butler3.id);
    // The new accountable butler keeps it through the next dispatch.
    await walk(t, id, [['butler', 'dispatch', { mode: 'assign', userId: t.demo.users.technician }]]);
    expect(await accountableOf(id)).toBe(butler3.id);
  });

  it('manager: gives an unreceived H5 request its accountable staff member', async () => {
    const id = await h5Order(t);
    await walk(t, id, [['manager', 'transfer-accountability', { userId: t.demo.users.butler, reason: '指定负责人' }]]);
    expect(await accountableOf(id)).toBe(t.demo.users.butler);
  });

  it('butler, technician: only a manager moves accountability (403); nothing is written', async () => {
    const id = await assignedToTechnician(t);
    const before = await Promise.all([countRows(t, 'work_order_events'), countRows(t, 'audit_log'), countRows(t, 'notifications')]);
    const butler = await act(t, 'butler', id, 'transfer-accountability', { userId: butler3.id, reason: '我要休假' });
    expectStatus(butler, 403);
    expect(butler.json().error.message).toBe('只有服务中心经理及以上人员可以转移首问责任');
    expectStatus(await act(t, 'technician', id, 'transfer-accountability', { userId: butler3.id, reason: 'x' }), 403);
    expect(await Promise.all([countRows(t, 'work_order_events'), countRows(t, 'audit_log'), countRows(t, 'notifications')])).toEqual(before);
    expect((await t.as('butler').get(`/api/work-orders/${id}`)).json().canTransferAccountability).toBe(false);
    expect((await t.as('manager').get(`/api/work-orders/${id}`)).json().canTransferAccountability).toBe(true);
  });

  it('the target must be staff of the project, someone else; a reason is required (400)', async () => {
    const id = await staffOrder(t);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ userId: t.demo.users.butler2, reason: '调岗' }, 'userId'],
      [{ userId: t.demo.users.owner, reason: '调岗' }, 'userId'],
      [{ userId: t.demo.users.butler, reason: '调岗' }, 'userId'],
      [{ userId: butler3.id, reason: '' }, 'reason'],
      [{ userId: butler3.id }, 'reason'],
    ];
    for (const [body, field] of cases) {
      const res = await act(t, 'manager', id, 'transfer-accountability', body);
      expectStatus(res, 400);
      expect(Object.keys(res.json().error.fields)).toContain(field);
    }
    expect(await accountableOf(id)).toBe(t.demo.users.butler);
  });

  it('a closed or cancelled order keeps its accountable staff member (409)', async () => {
    const id = await staffOrder(t);
    await walk(t, id, [['butler', 'cancel', { reason: '业主取消' }]]);
    const res = await act(t, 'manager', id, 'transfer-accountability', { userId: butler3.id, reason: '补录' });
    expectStatus(res, 409);
    expect(res.json().error.message).toBe('该工单当前“已取消”，不能“转移首问责任”，请刷新后查看最新状态');
  });
});

describe('urging (催单)', () => {
  it('owner: urging is counted and recorded, and the assignee and the accountable butler are told', async () => {
    const id = await h5Order(t);
    await walk(t, id, [
      ['butler', 'accept'],
      ['butler', 'dispatch', { mode: 'assign', userId: t.demo.users.technician }],
    ]);
    const res = await t.as('owner').post(`/api/h5/work-orders/${id}/urge`, { note: '水一直在流' });
    expectStatus(res, 200);
    expect(res.json()).toMatchObject({ urgeCount: 1, canUrge: true });
    for (const who of ['technician', 'butler']) {
      expect(await notificationsOf(t, t.demo.users[who], id)).toContainEqual(expect.objectContaining({ kind: 'workOrder.urged', body: '业主 吴先生催促工单 ' + res.json().number + '“厨房水管漏水”（第 1 次）。' }));
    }
    const staffView = (await t.as('butler').get(`/api/work-orders/${id}`)).json();
    expect(staffView.urgeCount).toBe(1);
    expect(staffView.events.at(-1)).toMatchObject({ action: 'urge', reason: '水一直在流', data: { count: 1 }, actor: { id: t.demo.users.owner } });
    expect(await t.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).where('action', '=', 'workOrder.urge').execute()).toHaveLength(1);
  });

  it('an urge never makes the worker’s next action stale', async () => {
    const id = await assignedToTechnician(t);
    const { version } = (await t.as('technician').get(`/api/work-orders/${id}`)).json();
    expectStatus(await t.as('butler').post(`/api/work-orders/${id}/urge`, {}), 200);
    expectStatus(await act(t, 'technician', id, 'start', { version }), 200);
  });

  it('an unreceived request: the desk is told', async () => {
    const id = await h5Order(t);
    expectStatus(await t.as('owner').post(`/api/h5/work-orders/${id}/urge`, {}), 200);
    for (const who of ['butler', 'manager']) expect(await notificationsOf(t, t.demo.users[who], id)).toContainEqual(expect.objectContaining({ kind: 'workOrder.urged' }));
  });

  it('technician may not urge (403); a finished order cannot be urged (409)', async () => {
    const id = await assignedToTechnician(t);
    expectStatus(await t.as('technician').post(`/api/work-orders/${id}/urge`, {}), 403);
    await walk(t, id, [['butler', 'cancel', { reason: '业主取消' }]]);
    const res = await t.as('owner').post(`/api/h5/work-orders/${id}/urge`, {});
    expectStatus(res, 409);
    expect(res.json().error.message).toBe('该工单当前“已取消”，不能“催单”，请刷新后查看最新状态');
  });
});
