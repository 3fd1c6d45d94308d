import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { remindReplies } from './remind-replies.js';
import { expectStatus } from './work-order-test-kit.js';

// Monday 2026-03-02, 10:00 in Shanghai.
const NOW = new Date('2026-03-02T02:00:00Z');
const at = (date: string, hhmm = '10:00') => new Date(`${date}T${hhmm}:00+08:00`);

let t: TestApp;
let p1: string;
let salesCenter: string;
let otherSalesCenter: string;

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  p1 = t.demo.projectIds[0];
  const centers = await t.ctx.db.selectFrom('sales_centers').select(['id', 'project_id']).execute();
  salesCenter = centers.find((c) => c.project_id === p1)!.id;
  otherSalesCenter = centers.find((c) => c.project_id !== p1)!.id;
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

/** A visitor's complaint recorded by the butler at the sales center's reception. */
async function complaint(body: Record<string, unknown> = {}, who = 'butler') {
  const res = await t.as(who).post('/api/work-orders', {
    projectId: p1,
    kind: 'complaint',
    channel: 'visit',
    title: '样板房空调不制冷，等候时间过长',
    requesterName: '来访客户 钱女士',
    requesterPhone: '13911112222',
    salesCenterId: salesCenter,
    location: '3 号样板房',
    ...body,
  });
  expectStatus(res, 201);
  return res.json();
}

const act = (who: string, id: string, path: string, body: Record<string, unknown> = {}) => t.as(who).post(`/api/work-orders/${id}/${path}`, body);

describe('complaints at the sales center', () => {
  it('butler: records a visitor complaint with where it happened and becomes its accountable staff member', async () => {
    const order = await complaint({ replyBy: '2026-03-04' });
    expect(order).toMatchObject({
      kind: 'complaint',
      status: 'accepted',
      salesCenter: { id: salesCenter },
      location: '3 号样板房',
      replyBy: '2026-03-04',
      repliedAt: null,
      replyOverdue: false,
      canReply: true,
      accountableStaff: { id: t.demo.users.butler },
    });
    expect(order.events.map((e: { action: string }) => e.action)).toEqual(['create', 'agreeReplyDate']);
  });

  it('butler: a reply-by date before today is refused on the field, and nothing is written', async () => {
    const before = await t.ctx.db.selectFrom('work_orders').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const res = await t.as('butler').post('/api/work-orders', { projectId: p1, kind: 'complaint', channel: 'visit', title: '投诉', requesterName: '钱女士', replyBy: '2026-03-01' });
    expectStatus(res, 400);
    expect(res.json().error.fields.replyBy).toContain('2026-03-02');
    const after = await t.ctx.db.selectFrom('work_orders').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('butler: a repair takes no reply-by date, and a sales center of another project is refused', async () => {
    const repair = await t.as('butler').post('/api/work-orders', { projectId: p1, kind: 'repair', channel: 'visit', title: '门禁故障', requesterName: '钱女士', replyBy: '2026-03-05' });
    expectStatus(repair, 400);
    expect(repair.json().error.fields).toHaveProperty('replyBy');
    const elsewhere = await t.as('butler').post('/api/work-orders', { projectId: p1, kind: 'complaint', channel: 'visit', title: '投诉', requesterName: '钱女士', salesCenterId: otherSalesCenter });
    expectStatus(elsewhere, 400);
    expect(elsewhere.json().error.fields).toHaveProperty('salesCenterId');
  });

  it('butler: settles a complaint on the spot; it closes at once with the visitor answered', async () => {
    const order = await complaint();
    const res = await act('butler', order.id, 'resolve', { note: '已调整空调温度，并向客户致歉', satisfaction: 5, version: order.version });
    expectStatus(res, 200);
    expect(res.json()).toMatchObject({ status: 'closed', completionNote: '已调整空调温度，并向客户致歉', satisfaction: 5, replyNote: '已调整空调温度，并向客户致歉', canReply: false, allowedActions: [] });
    expect(res.json().repliedAt).toBe(NOW.toISOString());
  });

  it('technician: cannot settle a complaint at the desk, and the butler must say how it was settled', async () => {
    const order = await complaint();
    expectStatus(await act('technician', order.id, 'resolve', { note: '已处理' }), 404);
    expectStatus(await act('butler', order.id, 'dispatch', { mode: 'assign', userId: t.demo.users.technician }), 200);
    // Dispatched, the order is no longer the desk's to settle on the spot.
    expectStatus(await act('technician', order.id, 'resolve', { note: '已处理' }), 409);
    const other = await complaint();
    const blank = await act('butler', other.id, 'resolve', { note: '   ' });
    expectStatus(blank, 400);
    expect(blank.json().error.fields).toHaveProperty('note');
  });

  it('butler: cannot close a question before the reply is sent', async () => {
    const order = await complaint({ kind: 'inquiry', title: '车位何时开售？需营销部确认', replyBy: '2026-03-05' });
    expectStatus(await act('butler', order.id, 'dispatch', { mode: 'assign', userId: t.demo.users.technician }), 200);
    for (const step of ['accept-assignment', 'start', 'complete']) expectStatus(await act('technician', order.id, step), 200);
    let res = await act('butler', order.id, 'close');
    expectStatus(res, 422);
    expect(res.json().error).toMatchObject({ code: 'REPLY_PENDING' });
    expect(res.json().error.message).toContain('2026-03-05');

    res = await act('butler', order.id, 'reply', { note: '已电话告知钱女士：车位 4 月开售' });
    expectStatus(res, 200);
    expect(res.json()).toMatchObject({ repliedAt: NOW.toISOString(), canReply: false });
    expectStatus(await act('butler', order.id, 'close'), 200);
  });

  it('manager: the visitor accepting the result on the return visit is the promised answer, and the complaint closes', async () => {
    const order = await complaint({ replyBy: '2026-03-05' });
    expectStatus(await act('butler', order.id, 'dispatch', { mode: 'assign', userId: t.demo.users.technician }), 200);
    for (const step of ['accept-assignment', 'start', 'complete']) expectStatus(await act('technician', order.id, step), 200);
    expectStatus(await act('butler', order.id, 'close'), 422);
    const res = await t.as('manager').post(`/api/work-orders/${order.id}/return-visit`, { rating: 4, outcome: 'accepted', method: 'phone' });
    expectStatus(res, 200);
    const detail = (await t.as('butler').get(`/api/work-orders/${order.id}`)).json();
    expect(detail).toMatchObject({ status: 'closed', repliedAt: NOW.toISOString(), replyNote: '回访时客户确认了处理结果（4 分）' });
  });

  it('butler: moving the agreed date needs a reason; the same date is refused; each move is in the history', async () => {
    const order = await complaint({ replyBy: '2026-03-04' });
    let res = await act('butler', order.id, 'reply-by', { replyBy: '2026-03-06' });
    expectStatus(res, 400);
    expect(res.json().error.fields).toHaveProperty('reason');
    res = await act('butler', order.id, 'reply-by', { replyBy: '2026-03-04', reason: '客户要求' });
    expectStatus(res, 400);
    expect(res.json().error.fields).toHaveProperty('replyBy');
    res = await act('butler', order.id, 'reply-by', { replyBy: '2026-03-06', reason: '需开发商营销部确认', version: order.version });
    expectStatus(res, 200);
    const moved = res.json().events.filter((e: { action: string }) => e.action === 'agreeReplyDate');
    expect(moved.at(-1)).toMatchObject({ reason: '需开发商营销部确认', data: { replyBy: '2026-03-06', previous: '2026-03-04' } });
    // A stale version loses.
    expectStatus(await act('butler', order.id, 'reply-by', { replyBy: '2026-03-07', reason: '再延', version: order.version }), 409);
  });

  it('technician: may not record the reply; a second reply is refused as a conflict (409)', async () => {
    const order = await complaint({ replyBy: '2026-03-04' });
    expectStatus(await act('technician', order.id, 'reply', { note: '已回复' }), 404);
    expectStatus(await act('butler', order.id, 'dispatch', { mode: 'assign', userId: t.demo.users.technician }), 200);
    // The assignee sees the order but the answer is the desk's to give.
    expectStatus(await act('technician', order.id, 'reply', { note: '已回复' }), 403);
    expectStatus(await act('butler', order.id, 'reply', { note: '已回复' }), 200);
    const again = await act('butler', order.id, 'reply', { note: '再次回复' });
    expectStatus(again, 409);
    expect(again.json().error.code).toBe('REPLY_NOT_OWED');
  });

  it('sales consultant and owner: never record complaints at the desk', async () => {
    for (const who of ['sales', 'owner']) {
      const res = await t.as(who).post('/api/work-orders', { projectId: p1, kind: 'complaint', channel: 'visit', title: '投诉', requesterName: '钱女士' });
      expect(res.statusCode, who).toBe(403);
    }
  });
});

describe('reminders before the reply-by date and escalation after it', () => {
  const noticesOf = (orderId: string) =>
    t.ctx.db.selectFrom('notifications').select(['user_id', 'kind', 'title']).where('link', '=', `/work-orders/${orderId}`).where('kind', 'like', 'workOrder.reply.%').execute();

  it('job: reminds the accountable butler the day before, tells the manager the day after, the regional head after three more days, each once', async () => {
    const order = await complaint({ replyBy: '2026-03-10' });
    await remindReplies(t.ctx.db, at('2026-03-08'));
    expect(await noticesOf(order.id)).toEqual([]);

    await remindReplies(t.ctx.db, at('2026-03-09', '08:00'));
    await remindReplies(t.ctx.db, at('2026-03-09', '15:30'));
    let notices = await noticesOf(order.id);
    expect(notices).toEqual([expect.objectContaining({ user_id: t.demo.users.butler, kind: 'workOrder.reply.dueSoon' })]);

    await remindReplies(t.ctx.db, at('2026-03-11'));
    notices = await noticesOf(order.id);
    const overdue = notices.filter((n) => n.kind === 'workOrder.reply.overdue').map((n) => n.user_id);
    expect(overdue.sort()).toEqual([t.demo.users.butler, t.demo.users.manager].sort());

    await remindReplies(t.ctx.db, at('2026-03-14'));
    const long = (await noticesOf(order.id)).filter((n) => n.kind === 'workOrder.reply.longOverdue').map((n) => n.user_id);
    expect(long).toContain(t.demo.users.regional);
    const detail = await t.as('butler').get(`/api/work-orders/${order.id}`);
    expect(detail.json().events.filter((e: { action: string }) => e.action === 'replyReminder').map((e: { data: { level: number } }) => e.data.level)).toEqual([1, 2, 3]);
  });

  it('butler: the detail flags a promised date that passed unanswered', async () => {
    const order = await complaint({ replyBy: '2026-03-02' });
    expect(order.replyOverdue).toBe(false);
    await t.ctx.db.updateTable('work_orders').set({ reply_by: '2026-03-01' }).where('id', '=', order.id).execute();
    expect((await t.as('butler').get(`/api/work-orders/${order.id}`)).json()).toMatchObject({ replyOverdue: true, canReply: true });
  });

  it('job: an answered complaint is not chased, and two concurrent sweeps remind once', async () => {
    const answered = await complaint({ replyBy: '2026-03-03' });
    expectStatus(await act('butler', answered.id, 'reply', { note: '已当面答复' }), 200);
    const owing = await complaint({ replyBy: '2026-03-03' });
    const runs = await Promise.all([remindReplies(t.ctx.db, at('2026-03-05')), remindReplies(t.ctx.db, at('2026-03-05'))]);
    expect(await noticesOf(answered.id)).toEqual([]);
    expect(runs.reduce((n, r) => n + r.notifications.filter((x) => x.link === `/work-orders/${owing.id}`).length, 0)).toBe(2);
    expect((await noticesOf(owing.id)).map((n) => n.kind)).toEqual(['workOrder.reply.overdue', 'workOrder.reply.overdue']);
  });
});
