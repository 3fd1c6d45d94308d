import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { act, countRows, departmentId, expectStatus, makeStaff, makeVendor, notificationsOf, staffOrder, walk } from './work-order-test-kit.js';

let t: TestApp;
let engineering: string;
let plumber: { username: string; id: string };
let electrician: { username: string; id: string };
let cleaner: { username: string; id: string };
let vendorId: string;
let vendorWorker: { username: string; id: string };
beforeAll(async () => {
  t = await createTestApp();
  engineering = await departmentId(t, '工程部');
  plumber = await makeStaff(t, { roles: ['technician'], departmentId: engineering, name: '水工 钱' });
  electrician = await makeStaff(t, { roles: ['technician'], departmentId: engineering, name: '电工 孙' });
  cleaner = await makeStaff(t, { roles: ['technician'], departmentId: await departmentId(t, '保洁岗'), name: '保洁 李' });
  vendorId = await makeVendor(t);
  vendorWorker = await makeStaff(t, { roles: ['vendorStaff'], vendorId, name: '外包 周' });
});
afterAll(async () => t.close());

describe('grab mode (抢单)', () => {
  it('the department is told; the first member to grab takes it and it counts as accepted', async () => {
    const id = await staffOrder(t);
    const o = await walk(t, id, [['butler', 'dispatch', { mode: 'grab', departmentId: engineering }]]);
    expect(o).toMatchObject({ status: 'dispatched', dispatchMode: 'grab', assignee: null, assigneeDepartment: { id: engineering, name: '工程部' } });
    for (const member of [plumber, electrician]) {
      expect(await notificationsOf(t, member.id, id)).toEqual([expect.objectContaining({ kind: 'workOrder.pool', body: expect.stringContaining('开放抢单') })]);
    }
    expect(await notificationsOf(t, cleaner.id, id)).toEqual([]);

    // Both members see it in their pool, with grab as their only button.
    const seen = (await t.as(electrician.username).get(`/api/work-orders/${id}`)).json();
    expect(seen.allowedActions).toEqual(['grab']);
    expectStatus(await t.as(cleaner.username).get(`/api/work-orders/${id}`), 404);

    const grabbed = await walk(t, id, [[plumber.username, 'grab']]);
    expect(grabbed).toMatchObject({ assignee: { id: plumber.id, name: '水工 钱' }, assignedToActor: true });
    expect(grabbed.assignmentAcceptedAt).not.toBeNull();
    expect(grabbed.allowedActions).toEqual(['returnAssignment', 'start']);

    // The colleague who comes second hears that it was taken.
    const late = await act(t, electrician.username, id, 'grab');
    expectStatus(late, 409);
    expect(late.json().error).toMatchObject({ code: 'ALREADY_TAKEN', message: '该工单已被同事抢先接单' });
    await walk(t, id, [
      [plumber.username, 'start'],
      [plumber.username, 'complete'],
    ]);
    // Once the work started it left the department's offer.
    expectStatus(await t.as(electrician.username).get(`/api/work-orders/${id}`), 404);
  });

  it('a member of another department may not grab (404); grab mode needs a pool, not a person (400)', async () => {
    const id = await staffOrder(t);
    await walk(t, id, [['butler', 'dispatch', { mode: 'grab', departmentId: engineering }]]);
    expectStatus(await act(t, cleaner.username, id, 'grab'), 404);
    const other = await staffOrder(t);
    const res = await act(t, 'butler', other, 'dispatch', { mode: 'grab', userId: plumber.id });
    expectStatus(res, 400);
    expect(res.json().error.fields).toHaveProperty('userId');
  });
});

describe('assign mode', () => {
  it('to a department with nobody named: a member accepts it and becomes the assignee', async () => {
    const id = await staffOrder(t);
    await walk(t, id, [['butler', 'dispatch', { mode: 'assign', departmentId: engineering }]]);
    expect(await notificationsOf(t, electrician.id, id)).toEqual([expect.objectContaining({ kind: 'workOrder.pool', body: expect.stringContaining('已派给工程部') })]);
    expectStatus(await act(t, electrician.username, id, 'grab'), 403);
    const o = await walk(t, id, [[electrician.username, 'accept-assignment']]);
    expect(o).toMatchObject({ assignee: { id: electrician.id }, assigneeDepartment: { id: engineering } });
    // The colleague still sees it while it is dispatched, but it is no longer theirs to take.
    expectStatus(await act(t, plumber.username, id, 'accept-assignment'), 403);
  });

  it('to a vendor serving the project: its staff accept; the desk may record the start for a vendor without accounts', async () => {
    const id = await staffOrder(t);
    let o = await walk(t, id, [['butler', 'dispatch', { mode: 'assign', vendorId }]]);
    expect(o.assigneeVendor).toMatchObject({ id: vendorId });
    expect(await notificationsOf(t, vendorWorker.id, id)).toHaveLength(1);
    o = await walk(t, id, [[vendorWorker.username, 'accept-assignment']]);
    expect(o.assignee).toMatchObject({ id: vendorWorker.id, name: '外包 周' });

    const unstaffed = await staffOrder(t);
    await walk(t, unstaffed, [['butler', 'dispatch', { mode: 'assign', vendorId }]]);
    o = await walk(t, unstaffed, [
      ['butler', 'start'],
      ['butler', 'complete', { note: '外包单位电话确认已完成' }],
    ]);
    expect(o.status).toBe('completed');
  });

  it('a named worker of the vendor', async () => {
    const id = await staffOrder(t);
    const o = await walk(t, id, [['butler', 'dispatch', { mode: 'assign', vendorId, userId: vendorWorker.id }]]);
    expect(o).toMatchObject({ assignee: { id: vendorWorker.id }, assigneeVendor: { id: vendorId } });
    expect(await notificationsOf(t, vendorWorker.id, id)).toEqual([expect.objectContaining({ kind: 'workOrder.assigned' })]);
  });
});

describe('dispatch targets are checked (400 naming the field; nothing written)', () => {
  const cases: Array<[string, () => Promise<Record<string, unknown>>, string]> = [
    ['no target', async () => ({ mode: 'assign' }), 'departmentId'],
    ['a department of project 2', async () => ({ mode: 'assign', departmentId: await departmentId(t, '工程部', 1) }), 'departmentId'],
    ['a person of project 2', async () => ({ mode: 'assign', userId: t.demo.users.butler2 }), 'userId'],
    ['a sales consultant', async () => ({ mode: 'assign', userId: t.demo.users.sales }), 'userId'],
    ['an owner account', async () => ({ mode: 'assign', userId: t.demo.users.owner }), 'userId'],
    ['a vendor serving only project 2', async () => ({ mode: 'assign', vendorId: await makeVendor(t, 1) }), 'vendorId'],
    ['a worker not of the chosen vendor', async () => ({ mode: 'assign', vendorId, userId: t.demo.users.technician }), 'userId'],
    ['an unknown mode', async () => ({ mode: 'broadcast', departmentId: engineering }), 'mode'],
  ];
  for (const [name, body, field] of cases) {
    it(name, async () => {
      const id = await staffOrder(t);
      const payload = await body();
      const before = await Promise.all([countRows(t, 'work_order_events'), countRows(t, 'notifications')]);
      const res = await act(t, 'butler', id, 'dispatch', payload);
      expectStatus(res, 400);
      expect(Object.keys(res.json().error.fields)).toContain(field);
      expect(await Promise.all([countRows(t, 'work_order_events'), countRows(t, 'notifications')])).toEqual(before);
      expect((await t.as('butler').get(`/api/work-orders/${id}`)).json().status).toBe('accepted');
    });
  }

  it('technicians and vendor staff may not dispatch (403)', async () => {
    const id = await staffOrder(t);
    await walk(t, id, [['butler', 'dispatch', { mode: 'assign', userId: plumber.id }]]);
    const res = await act(t, plumber.username, id, 'dispatch', { mode: 'assign', userId: electrician.id });
    expectStatus(res, 403);
  });
});
