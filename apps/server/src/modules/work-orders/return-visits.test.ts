import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { act, expectStatus, h5Order, staffOrder, walk } from './work-order-test-kit.js';

let t: TestApp;
let p1: string;
beforeAll(async () => {
  t = await createTestApp();
  p1 = t.demo.projectIds[0];
});
afterAll(async () => t.close());

/** Done by the technician: dispatched, accepted, started, completed. */
async function completeByTechnician(id: string) {
  await walk(t, id, [
    ['butler', 'dispatch', { mode: 'assign', userId: t.demo.users.technician }],
    ['technician', 'accept-assignment'],
    ['technician', 'start'],
    ['technician', 'complete', { note: '已处理' }],
  ]);
}

/** An owner's complaint (a return visit is required), received by the butler and completed by the technician. */
async function completedComplaint(): Promise<string> {
  const id = await h5Order(t, { kind: 'complaint', title: `楼上漏水 ${Math.random().toString(36).slice(2, 6)}` });
  await walk(t, id, [['butler', 'accept']]);
  await completeByTechnician(id);
  return id;
}

const visitsOf = (id: string) => t.ctx.db.selectFrom('return_visits').selectAll().where('work_order_id', '=', id).orderBy('created_at').orderBy('id').execute();
const orderRow = (id: string) => t.ctx.db.selectFrom('work_orders').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
async function pendingIds(who = 'butler'): Promise<string[]> {
  const res = await t.as(who).get(`/api/return-visits?projectId=${p1}&status=pending&limit=100`);
  expectStatus(res, 200);
  return res.json().items.map((i: { workOrderId: string }) => i.workOrderId);
}

describe('a completed order that needs a return visit', () => {
  it('system: completing creates one pending visit, listed for the butlers with the order', async () => {
    const id = await completedComplaint();
    const visits = await visitsOf(id);
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({ status: 'pending', method: null, rating: null });
    const res = (await t.as('butler').get(`/api/return-visits?projectId=${p1}&status=pending&limit=100`)).json();
    const item = res.items.find((i: { workOrderId: string }) => i.workOrderId === id);
    expect(item).toMatchObject({ status: 'pending', overdue: false, workOrder: { status: 'completed', requesterName: '吴先生', requesterPhone: '138****5678', phoneRevealable: true, assigneeName: '工程技术员 赵磊' } });
    expect(Date.parse(item.dueAt) - Date.parse(item.createdAt)).toBe(48 * 3_600_000);
  });

  it('butler: closing is refused (422) while the visit is pending', async () => {
    const id = await completedComplaint();
    const res = await act(t, 'butler', id, 'close');
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'RETURN_VISIT_PENDING', message: '该工单需要回访，回访完成后才能关闭' });
    expect((await orderRow(id)).status).toBe('completed');
  });

  it('owner: rates 5 and accepts on H5; the visit is done and the order closes', async () => {
    const id = await completedComplaint();
    const res = await t.as('owner').post(`/api/h5/work-orders/${id}/rate`, { rating: 5, comment: '很满意', accept: true });
    expectStatus(res, 200);
    expect(res.json()).toMatchObject({
      workOrder: { id, status: 'closed', satisfaction: 5, reopenCount: 0 },
      returnVisit: { status: 'done', method: 'h5', rating: 5, comment: '很满意', outcome: 'accepted', recordedBy: { id: t.demo.users.owner, name: '业主 吴先生' } },
    });
    expect(await pendingIds()).not.toContain(id);
    const events = await t.ctx.db.selectFrom('work_order_events').select(['action', 'to_status', 'actor_id']).where('work_order_id', '=', id).orderBy('id').execute();
    expect(events.slice(-2)).toEqual([
      { action: 'returnVisit', to_status: null, actor_id: t.demo.users.owner },
      { action: 'close', to_status: 'closed', actor_id: t.demo.users.owner },
    ]);
  });

  it('owner: rates 2 and rejects with a comment; the order reopens, counted, and the next completion asks again', async () => {
    const id = await completedComplaint();
    const res = await t.as('owner').post(`/api/h5/work-orders/${id}/rate`, { rating: 2, comment: '还在漏水', accept: false });
    expectStatus(res, 200);
    expect(res.json().workOrder).toEqual({ id, status: 'inProgress', satisfaction: 2, reopenCount: 1 });
    const reopened = await t.ctx.db.selectFrom('notifications').select('user_id').where('link', '=', `/work-orders/${id}`).where('kind', '=', 'workOrder.reopened').execute();
    expect(reopened.map((n) => n.user_id)).toContain(t.demo.users.technician);

    await walk(t, id, [['technician', 'complete', { note: '更换了密封圈' }]]);
    expect((await visitsOf(id)).map((v) => [v.status, v.outcome])).toEqual([
      ['done', 'rejected'],
      ['pending', null],
    ]);
    // The butler calls back this time.
    const call = await t.as('manager').post(`/api/work-orders/${id}/return-visit`, { rating: 4, outcome: 'accepted', method: 'phone' });
    expectStatus(call, 200);
    expect(call.json()).toMatchObject({ workOrder: { status: 'closed', satisfaction: 4, reopenCount: 1 }, returnVisit: { method: 'phone', recordedBy: { id: t.demo.users.manager } } });
  });

  it('owner: rejecting without a comment is 400 naming comment, and nothing changes', async () => {
    const id = await completedComplaint();
    const res = await t.as('owner').post(`/api/h5/work-orders/${id}/rate`, { rating: 1, accept: false });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ comment: '不满意时请填写原因' });
    expect((await visitsOf(id))[0].status).toBe('pending');
    expect((await orderRow(id)).satisfaction).toBeNull();
  });

  it('owner: a rating out of 1–5 is 400 naming rating', async () => {
    const id = await completedComplaint();
    for (const rating of [0, 6, 3.5]) {
      const res = await t.as('owner').post(`/api/h5/work-orders/${id}/rate`, { rating, accept: true });
      expect(res.statusCode).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual(['rating']);
    }
  });
});

describe('who rates', () => {
  it('butler: cannot rate work they did themselves (403, with the reason)', async () => {
    const id = await staffOrder(t, 'butler', { kind: 'complaint' });
    await walk(t, id, [
      ['butler', 'dispatch', { mode: 'assign', userId: t.demo.users.butler }],
      ['butler', 'accept-assignment'],
      ['butler', 'start'],
      ['butler', 'complete'],
    ]);
    const res = await t.as('butler').post(`/api/work-orders/${id}/return-visit`, { rating: 5, outcome: 'accepted', method: 'phone' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe('不能回访评价自己处理的工单，请由其他管家回访');
    expect((await visitsOf(id))[0].status).toBe('pending');
    expectStatus(await t.as('manager').post(`/api/work-orders/${id}/return-visit`, { rating: 5, outcome: 'accepted', method: 'phone' }), 200);
  });

  it('butler: completing on the assignee’s behalf also counts as their own work', async () => {
    const id = await staffOrder(t, 'butler', { kind: 'complaint' });
    await walk(t, id, [
      ['butler', 'dispatch', { mode: 'assign', userId: t.demo.users.technician }],
      ['technician', 'accept-assignment'],
      ['technician', 'start'],
      ['manager', 'complete'],
    ]);
    expect((await t.as('manager').post(`/api/work-orders/${id}/return-visit`, { rating: 5, outcome: 'accepted', method: 'phone' })).statusCode).toBe(403);
    expectStatus(await t.as('butler').post(`/api/work-orders/${id}/return-visit`, { rating: 3, comment: '基本满意', outcome: 'accepted', method: 'phone' }), 200);
  });

  it('technician, sales and owner may not record a visit (403); butler2 does not see the order (404)', async () => {
    const id = await completedComplaint();
    const body = { rating: 5, outcome: 'accepted', method: 'phone' };
    for (const who of ['technician', 'sales', 'owner']) expect((await t.as(who).post(`/api/work-orders/${id}/return-visit`, body)).statusCode, who).toBe(403);
    expect((await t.as('butler2').post(`/api/work-orders/${id}/return-visit`, body)).statusCode).toBe(404);
  });

  it('staff accounts may not rate on H5 (403)', async () => {
    const id = await completedComplaint();
    expect((await t.as('butler').post(`/api/h5/work-orders/${id}/rate`, { rating: 5, accept: true })).statusCode).toBe(403);
  });

  it('owner: someone else’s order is not found (404)', async () => {
    const id = await staffOrder(t, 'butler', { kind: 'complaint', householdId: null, requesterName: '访客 郑女士', requesterPhone: '13700001111' });
    await completeByTechnician(id);
    expect((await t.as('owner').post(`/api/h5/work-orders/${id}/rate`, { rating: 5, accept: true })).statusCode).toBe(404);
  });

  it('owner: an order not yet completed cannot be rated (409)', async () => {
    const id = await h5Order(t, { kind: 'complaint' });
    const res = await t.as('owner').post(`/api/h5/work-orders/${id}/rate`, { rating: 3, accept: true });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('FORBIDDEN_TRANSITION');
  });
});

describe('an order that needs no return visit', () => {
  it('butler: closes it directly after completion; no visit is created', async () => {
    const id = await staffOrder(t);
    await completeByTechnician(id);
    expect(await visitsOf(id)).toEqual([]);
    expectStatus(await act(t, 'butler', id, 'close'), 200);
  });

  it('owner: may still rate it; the rating is kept and the order closes', async () => {
    const id = await h5Order(t);
    await walk(t, id, [['butler', 'accept']]);
    await completeByTechnician(id);
    const res = await t.as('owner').post(`/api/h5/work-orders/${id}/rate`, { rating: 4, accept: true });
    expectStatus(res, 200);
    expect(res.json().workOrder).toMatchObject({ status: 'closed', satisfaction: 4 });
    expect((await visitsOf(id)).map((v) => [v.status, v.method, v.rating])).toEqual([['done', 'h5', 4]]);
  });
});

describe('GET /api/return-visits', () => {
  it('butler: the most urgent first, keyset-paged without gaps', async () => {
    await completedComplaint();
    await completedComplaint();
    const all = (await t.as('butler').get(`/api/return-visits?projectId=${p1}&status=pending&limit=100`)).json().items as { id: string; dueAt: string }[];
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(all.map((v) => v.dueAt)).toEqual([...all.map((v) => v.dueAt)].sort());
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const url = `/api/return-visits?projectId=${p1}&status=pending&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = (await t.as('butler').get(url)).json() as { items: { id: string }[]; nextCursor: string | null };
      paged.push(...res.items.map((v) => v.id));
      cursor = res.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all.map((v) => v.id));
  });

  it('manager and butler read the same list; technician, sales and owner 403; butler2 404 for project 1', async () => {
    for (const who of ['technician', 'sales', 'owner']) expect((await t.as(who).get('/api/return-visits')).statusCode, who).toBe(403);
    expect((await t.as('butler2').get(`/api/return-visits?projectId=${p1}`)).statusCode).toBe(404);
    expect(await pendingIds('manager')).toEqual(await pendingIds('butler'));
  });

  it('butler: a malformed cursor is 400 naming cursor', async () => {
    const res = await t.as('butler').get('/api/return-visits?cursor=nonsense');
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['cursor']);
  });
});
