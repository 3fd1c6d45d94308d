import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { act, assignedToTechnician, countRows, expectStatus, h5Order, notificationsOf, staffOrder, walk } from './work-order-test-kit.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const actions = (o: { events: { action: string }[] }) => o.events.map((e) => e.action);

describe('every transition, along the way an order really goes', () => {
  it('an H5 repair: accept, dispatch, accept the job, start, pause, resume, complete, close', async () => {
    const id = await h5Order(t);
    let o = await walk(t, id, [['butler', 'accept']]);
    expect(o).toMatchObject({ status: 'accepted', accountableStaff: { id: t.demo.users.butler } });
    expect(o.acceptedAt).not.toBeNull();

    o = await walk(t, id, [['butler', 'dispatch', { mode: 'assign', userId: t.demo.users.technician, note: '带上管钳' }]]);
    expect(o).toMatchObject({ status: 'dispatched', dispatchMode: 'assign', assignee: { id: t.demo.users.technician, name: '工程技术员 赵磊' }, assignmentAcceptedAt: null });
    expect(await notificationsOf(t, t.demo.users.technician, id)).toEqual([expect.objectContaining({ kind: 'workOrder.assigned', title: '派单：厨房水管漏水' })]);

    o = await walk(t, id, [['technician', 'accept-assignment']]);
    expect(o.assignmentAcceptedAt).not.toBeNull();
    expect(o.allowedActions).toEqual(['returnAssignment', 'start']);
    o = await walk(t, id, [['technician', 'start']]);
    expect(o).toMatchObject({ status: 'inProgress', assignedToActor: true });
    expect(o.startedAt).not.toBeNull();
    o = await walk(t, id, [['technician', 'pause', { reason: '等待配件' }]]);
    expect(o.status).toBe('paused');
    o = await walk(t, id, [['technician', 'resume']]);
    expect(o.status).toBe('inProgress');
    o = await walk(t, id, [['technician', 'complete', { note: '已更换三通' }]]);
    expect(o).toMatchObject({ status: 'completed', completionNote: '已更换三通' });
    expect(await notificationsOf(t, t.demo.users.owner, id)).toEqual([expect.objectContaining({ kind: 'workOrder.completed', link: `/h5/work-orders/${id}` })]);
    expect(await notificationsOf(t, t.demo.users.butler, id)).toContainEqual(expect.objectContaining({ kind: 'workOrder.completed', link: `/work-orders/${id}` }));

    o = await walk(t, id, [['butler', 'close']]);
    expect(o.status).toBe('closed');
    expect(o.closedAt).not.toBeNull();
    expect(o.allowedActions).toEqual([]);
    expect(actions(o)).toEqual(['create', 'accept', 'dispatch', 'acceptAssignment', 'start', 'pause', 'resume', 'complete', 'close']);
    expect(o.events.find((e: { action: string }) => e.action === 'pause')).toMatchObject({ fromStatus: 'inProgress', toStatus: 'paused', reason: '等待配件', actor: { name: '工程技术员 赵磊' } });
    expect(o.events.find((e: { action: string }) => e.action === 'dispatch')).toMatchObject({ reason: '带上管钳', data: { mode: 'assign', user: { id: t.demo.users.technician } } });
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(
      ['create', 'accept', 'dispatch', 'acceptAssignment', 'start', 'pause', 'resume', 'complete', 'close'].map((a) => `workOrder.${a}`).sort(),
    );
  });

  it('reopen: a rejected result goes back to work, counted on the order; the assignee is told', async () => {
    const id = await assignedToTechnician(t);
    await walk(t, id, [
      ['technician', 'start'],
      ['technician', 'complete'],
    ]);
    const o = await walk(t, id, [['butler', 'reopen', { reason: '业主反馈仍在漏水' }]]);
    expect(o).toMatchObject({ status: 'inProgress', reopenCount: 1, completedAt: null });
    expect(await notificationsOf(t, t.demo.users.technician, id)).toContainEqual(expect.objectContaining({ kind: 'workOrder.reopened', body: expect.stringContaining('业主反馈仍在漏水') }));
    const again = await walk(t, id, [
      ['technician', 'complete'],
      ['butler', 'reopen', { reason: '再次返工' }],
    ]);
    expect(again.reopenCount).toBe(2);
  });

  it('return the assignment: back to the desk (accepted), the assignee cleared, the accountable butler told', async () => {
    const id = await assignedToTechnician(t);
    const o = await walk(t, id, [['technician', 'return-assignment', { reason: '非本专业' }]]);
    expect(o).toMatchObject({ status: 'accepted', assignee: null, dispatchMode: null, accountableStaff: { id: t.demo.users.butler } });
    expect(await notificationsOf(t, t.demo.users.butler, id)).toContainEqual(expect.objectContaining({ kind: 'workOrder.returned', body: expect.stringContaining('非本专业') }));
    // The technician no longer sees it.
    expectStatus(await t.as('technician').get(`/api/work-orders/${id}`), 404);
  });

  it('dispatch straight from submitted; re-dispatch while in progress', async () => {
    const id = await h5Order(t);
    let o = await walk(t, id, [['manager', 'dispatch', { mode: 'assign', userId: t.demo.users.technician }]]);
    expect(o).toMatchObject({ status: 'dispatched', accountableStaff: { id: t.demo.users.manager } });
    expect(o.acceptedAt).not.toBeNull();
    await walk(t, id, [
      ['technician', 'accept-assignment'],
      ['technician', 'start'],
    ]);
    o = await walk(t, id, [['butler', 'dispatch', { mode: 'assign', userId: t.demo.users.butler }]]);
    expect(o).toMatchObject({ status: 'dispatched', assignee: { id: t.demo.users.butler }, assignmentAcceptedAt: null, accountableStaff: { id: t.demo.users.manager } });
  });

  it('cancel with a reason from submitted, accepted, dispatched and paused', async () => {
    const submitted = await h5Order(t);
    const accepted = await staffOrder(t);
    const dispatched = await assignedToTechnician(t);
    const paused = await assignedToTechnician(t);
    await walk(t, paused, [
      ['technician', 'start'],
      ['technician', 'pause', { reason: '业主不在家' }],
    ]);
    for (const id of [submitted, accepted, dispatched, paused]) {
      const o = await walk(t, id, [['butler', 'cancel', { reason: '业主已自行处理' }]]);
      expect(o.status).toBe('cancelled');
      expect(o.cancelledAt).not.toBeNull();
    }
    expect(await notificationsOf(t, t.demo.users.technician, dispatched)).toContainEqual(expect.objectContaining({ kind: 'workOrder.cancelled' }));
  });

  it('close waits for a required return visit (422)', async () => {
    const id = await staffOrder(t, 'butler', { kind: 'complaint', title: '垃圾清运不及时' });
    await walk(t, id, [
      ['butler', 'dispatch', { mode: 'assign', userId: t.demo.users.technician }],
      ['technician', 'accept-assignment'],
      ['technician', 'start'],
      ['technician', 'complete'],
    ]);
    const res = await act(t, 'butler', id, 'close');
    expectStatus(res, 422);
    expect(res.json().error).toMatchObject({ code: 'RETURN_VISIT_PENDING', message: '该工单需要回访，回访完成后才能关闭' });
  });
});

describe('forbidden transitions are a 409 naming the state and the action', () => {
  it('close an accepted order, start a submitted one, accept twice, reopen a closed one', async () => {
    const accepted = await staffOrder(t);
    const close = await act(t, 'butler', accepted, 'close');
    expectStatus(close, 409);
    expect(close.json().error).toEqual({
      code: 'FORBIDDEN_TRANSITION',
      message: '该工单当前“已受理”，不能“关闭”，请刷新后查看最新状态',
      details: { entity: 'workOrder', from: 'accepted', action: 'close' },
    });
    const en = await t.as('butler').post(`/api/work-orders/${accepted}/close`, {}, { 'accept-language': 'en' });
    expect(en.json().error.message).toBe('This work order is accepted; you cannot close it. Refresh to see its latest state');
    expectStatus(await act(t, 'butler', accepted, 'accept'), 409);
    expectStatus(await act(t, 'butler', await h5Order(t), 'start'), 409);

    const closed = await staffOrder(t);
    await walk(t, closed, [
      ['butler', 'dispatch', { mode: 'assign', userId: t.demo.users.technician }],
      ['technician', 'accept-assignment'],
      ['technician', 'start'],
      ['technician', 'complete'],
      ['butler', 'close'],
    ]);
    for (const action of ['reopen', 'cancel', 'dispatch']) {
      const res = await act(t, 'butler', closed, action, action === 'dispatch' ? { mode: 'assign', userId: t.demo.users.technician } : { reason: '试试' });
      expectStatus(res, 409);
    }
  });

  it('cancel in progress and resume in progress are refused; nothing is written', async () => {
    const id = await assignedToTechnician(t);
    await walk(t, id, [['technician', 'start']]);
    const before = await Promise.all([countRows(t, 'work_order_events'), countRows(t, 'audit_log')]);
    expectStatus(await act(t, 'butler', id, 'cancel', { reason: '不需要了' }), 409);
    expectStatus(await act(t, 'technician', id, 'resume'), 409);
    expect(await Promise.all([countRows(t, 'work_order_events'), countRows(t, 'audit_log')])).toEqual(before);
  });

  it('a stale version is a 409 STALE_UPDATE', async () => {
    const id = await staffOrder(t);
    const { version } = (await t.as('butler').get(`/api/work-orders/${id}`)).json();
    await walk(t, id, [['butler', 'dispatch', { mode: 'assign', userId: t.demo.users.technician, version }]]);
    const res = await act(t, 'butler', id, 'dispatch', { mode: 'assign', userId: t.demo.users.butler, version });
    expectStatus(res, 409);
    expect(res.json().error.code).toBe('STALE_UPDATE');
  });
});

describe('who may act (403) and who may see (404)', () => {
  it('technician: may not start before accepting, nor close; the desk may not start for a named assignee', async () => {
    const id = await staffOrder(t);
    await walk(t, id, [['butler', 'dispatch', { mode: 'assign', userId: t.demo.users.technician }]]);
    const early = await act(t, 'technician', id, 'start');
    expectStatus(early, 403);
    expect(early.json().error.message).toBe('请先接单再开始处理');
    await walk(t, id, [['technician', 'accept-assignment']]);
    const desk = await act(t, 'butler', id, 'start');
    expectStatus(desk, 403);
    expect(desk.json().error.message).toBe('只有被派单的处理人可以执行此操作');
    await walk(t, id, [
      ['technician', 'start'],
      ['technician', 'complete'],
    ]);
    const close = await act(t, 'technician', id, 'close');
    expectStatus(close, 403);
    expect(close.json().error.message).toBe('只有服务中心（管家、前台、经理）可以执行此操作');
  });

  it('technician: an order not given to them is not found; sales roles are refused (403); butler2 sees nothing of project 1', async () => {
    const id = await staffOrder(t);
    expectStatus(await t.as('technician').get(`/api/work-orders/${id}`), 404);
    expectStatus(await act(t, 'technician', id, 'accept-assignment'), 404);
    for (const who of ['sales', 'marketing']) {
      expectStatus(await t.as(who).get(`/api/work-orders/${id}`), 403);
      expectStatus(await act(t, who, id, 'cancel', { reason: 'x' }), 403);
    }
    expectStatus(await t.as('owner').get(`/api/work-orders/${id}`), 403);
    expectStatus(await t.as('butler2').get(`/api/work-orders/${id}`), 404);
    expectStatus(await act(t, 'butler2', id, 'cancel', { reason: 'x' }), 404);
    expectStatus(await t.as(null).get(`/api/work-orders/${id}`), 401);
  });

  it('reasons are required where the action needs one (400 naming reason; nothing written)', async () => {
    const id = await assignedToTechnician(t);
    const before = await countRows(t, 'work_order_events');
    for (const [who, action] of [
      ['technician', 'return-assignment'],
      ['butler', 'cancel'],
    ]) {
      const res = await act(t, who, id, action, { reason: '   ' });
      expectStatus(res, 400);
      expect(res.json().error.fields).toHaveProperty('reason');
    }
    expectStatus(await act(t, 'technician', id, 'pause', {}), 400);
    expect(await countRows(t, 'work_order_events')).toBe(before);
  });

  it('the requester phone is masked for everyone; a technician may reveal it only once the order is theirs', async () => {
    const id = await staffOrder(t);
    expect((await t.as('butler').get(`/api/work-orders/${id}`)).json().requester).toMatchObject({ phone: '138****5678', phoneRevealable: true });
    await walk(t, id, [['butler', 'dispatch', { mode: 'assign', userId: t.demo.users.technician }]]);
    const tech = (await t.as('technician').get(`/api/work-orders/${id}`)).json();
    expect(tech).toMatchObject({ assignedToActor: true, requester: { phone: '138****5678', phoneRevealable: true } });
    // The desk re-dispatches elsewhere: the former assignee loses the order.
    await walk(t, id, [['butler', 'dispatch', { mode: 'assign', userId: t.demo.users.butler }]]);
    expectStatus(await t.as('technician').get(`/api/work-orders/${id}`), 404);
  });
});
