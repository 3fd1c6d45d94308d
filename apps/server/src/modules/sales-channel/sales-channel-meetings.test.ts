import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { auditActions, errorOf, expectStatus, NOW, noticesTo, p1 } from './sales-channel-test-kit.js';

let t: TestApp;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const meetings = async (who: string, query = '') => expectStatus(t.as(who).get(`/api/sales-channel/meetings?projectId=${p1(t)}${query}`), 200);
const schedule = (who: string, body: Record<string, unknown> = {}) => {
  const { manager, butler, salesmgr, marketing } = t.demo.users;
  return t.as(who).post('/api/sales-channel/meetings', { projectId: p1(t), meetingDate: '2026-03-02', startTime: '14:00', location: '售楼处会议室', attendeeIds: [manager, butler, salesmgr, marketing], ...body });
};
const act = (who: string, id: string, action: string, body: Record<string, unknown> = {}) => t.as(who).post(`/api/sales-channel/meetings/${id}/${action}`, body);
const itemAct = (who: string, id: string, action: string, body: Record<string, unknown> = {}) => t.as(who).post(`/api/sales-channel/action-items/${id}/${action}`, body);

describe('联席会议: the demo and the cadence', () => {
  it('sales: one held meeting with its minutes final, tomorrow’s meeting carrying the two open items; every 14 days', async () => {
    const list = await meetings('sales');
    expect(list.items.map((m: any) => [m.meetingDate, m.status, m.actionItemCount, m.openActionItems, m.overdueActionItems])).toEqual([
      ['2026-03-03', 'scheduled', 0, 0, 0],
      ['2026-02-16', 'finalised', 3, 2, 1],
    ]);
    expect(list.items[0]).toMatchObject({ allowedActions: [], canEdit: false });
    const next = await expectStatus(t.as('sales').get(`/api/sales-channel/meetings/${list.items[0].id}`), 200);
    expect(next.carriedItems.map((a: any) => [a.description, a.owner.name, a.owner.side, a.overdue])).toEqual([
      ['开盘活动客户动线方案', '营销负责人 周杰', 'sales', true],
      ['核对交付前服务承诺清单', '服务中心经理 张伟', 'property', false],
    ]);
    const held = await expectStatus(t.as('butler').get(`/api/sales-channel/meetings/${list.items[1].id}`), 200);
    expect(held).toMatchObject({ status: 'finalised', canEdit: false, allowedActions: [], finalisedBy: { id: t.demo.users.manager } });
    expect(held.attendees.map((a: any) => a.side)).toEqual(['property', 'property', 'sales', 'sales']);
    expect(held.actionItems.find((a: any) => a.description === '样板区绿化补种')).toMatchObject({ status: 'done', doneNote: '已补种草皮 40 平方米', allowedActions: ['reopen'] });
    const cadence = await expectStatus(t.as('sales').get(`/api/sales-channel/cadence?projectId=${p1(t)}`), 200);
    expect(cadence).toMatchObject({ cadence: { everyDays: 14, startsOn: '2026-02-16' }, latestMeetingDate: '2026-03-03', nextDueOn: '2026-03-17', overdue: false, canEdit: false });
  });

  it('butler sets the cadence (version kept); a stale version 409; a consultant 403; bad interval 400', async () => {
    const before = await expectStatus(t.as('butler').get(`/api/sales-channel/cadence?projectId=${p1(t)}`), 200);
    const set = await expectStatus(t.as('butler').put('/api/sales-channel/cadence', { projectId: p1(t), everyDays: 7, startsOn: '2026-02-16', version: before.cadence.version }), 200);
    expect(set).toMatchObject({ cadence: { everyDays: 7, version: 2, updatedBy: { id: t.demo.users.butler } }, nextDueOn: '2026-03-10', canEdit: true });
    expect(await errorOf(t.as('manager').put('/api/sales-channel/cadence', { projectId: p1(t), everyDays: 14, startsOn: '2026-02-16', version: 1 }))).toMatchObject({ status: 409, code: 'STALE_UPDATE' });
    expect((await t.as('sales').put('/api/sales-channel/cadence', { projectId: p1(t), everyDays: 14, startsOn: '2026-02-16' })).statusCode).toBe(403);
    expect((await errorOf(t.as('butler').put('/api/sales-channel/cadence', { projectId: p1(t), everyDays: 0, startsOn: '2026-02-16' }))).fields).toEqual({ everyDays: expect.stringContaining('不能小于 1') });
    expect((await t.as('butler2').get(`/api/sales-channel/cadence?projectId=${p1(t)}`)).statusCode).toBe(404);
  });
});

describe('联席会议: a meeting from schedule to final minutes', () => {
  it('manager schedules, writes minutes, gives action items to both sides, finalises; attendees and owners are told', async () => {
    const m = await expectStatus(schedule('manager'), 201);
    expect(m).toMatchObject({ status: 'scheduled', title: '物业与销售联席会议', allowedActions: ['finalise', 'cancel'], canEdit: true, minutes: null });
    const link = `/sales-channel?tab=meetings&meeting=${m.id}`;
    expect(await noticesTo(t, 'marketing', link)).toEqual([{ kind: 'salesChannel.meetingScheduled', title: '联席会议通知：物业与销售联席会议', body: '2026-03-02 14:00 售楼处会议室' }]);
    expect(await errorOf(act('manager', m.id, 'finalise', { version: 1 }))).toMatchObject({ status: 422, code: 'FINALISE_MINUTES_MISSING', message: '请先填写会议纪要再定稿' });

    const withItem = await expectStatus(t.as('marketing').post(`/api/sales-channel/meetings/${m.id}/action-items`, { description: '提供下周看房团名单', ownerId: t.demo.users.sales, dueDate: '2026-03-05' }), 201);
    const item = withItem.actionItems[0];
    expect(item).toMatchObject({ owner: { id: t.demo.users.sales, side: 'sales' }, status: 'open', overdue: false, canEdit: true });
    expect((await noticesTo(t, 'sales', link)).map((n) => n.kind)).toEqual(['salesChannel.actionItemAssigned']);
    const written = await expectStatus(t.as('butler').patch(`/api/sales-channel/meetings/${m.id}`, { minutes: '一、双方确认看房团安排。', version: 1 }), 200);
    expect(written.minutes).toBe('一、双方确认看房团安排。');
    const final = await expectStatus(act('salesmgr', m.id, 'finalise', { version: 2 }), 200);
    expect(final).toMatchObject({ status: 'finalised', canEdit: false, allowedActions: [], finalisedBy: { id: t.demo.users.salesmgr } });
    expect(final.actionItems[0]).toMatchObject({ canEdit: false });
    expect(final.history.map((h: any) => h.action)).toEqual(['schedule', 'add', 'editMinutes', 'finalise']);
    expect(await auditActions(t, m.id)).toEqual(['create', 'update', 'jointMeeting.finalise']);

    // After the minutes are final: no edits, no new items (422), but progress on items.
    expect(await errorOf(t.as('manager').patch(`/api/sales-channel/meetings/${m.id}`, { minutes: '改纪要' }))).toMatchObject({ status: 422, code: 'MEETING_LOCKED' });
    expect((await t.as('manager').post(`/api/sales-channel/meetings/${m.id}/action-items`, { description: 'x', ownerId: t.demo.users.butler, dueDate: '2026-03-05' })).statusCode).toBe(422);
    expect((await t.as('manager').patch(`/api/sales-channel/action-items/${item.id}`, { dueDate: '2026-03-06' })).statusCode).toBe(422);
    expect(await errorOf(act('manager', m.id, 'cancel', { reason: 'x' }))).toMatchObject({ status: 409, code: 'FORBIDDEN_TRANSITION', message: '当前为“纪要已定稿”，不能取消会议' });

    expect(await errorOf(itemAct('sales2', item.id, 'complete', { note: '不是我的' }))).toMatchObject({ status: 403, message: '只有会议组织人员或该事项的负责人可以更新进度' });
    expect(await errorOf(itemAct('sales', item.id, 'complete', {}))).toMatchObject({ status: 400, fields: { note: '请填写完成情况' } });
    expect(await errorOf(itemAct('sales', item.id, 'complete', { note: '已提供', version: 7 }))).toMatchObject({ status: 409, code: 'STALE_UPDATE' });
    const done = await expectStatus(itemAct('sales', item.id, 'complete', { note: '名单已发群里', version: 1 }), 200);
    expect(done.actionItems[0]).toMatchObject({ status: 'done', doneNote: '名单已发群里', doneBy: { id: t.demo.users.sales }, allowedActions: ['reopen'] });
    expect((await itemAct('sales', item.id, 'complete', { note: '再来' })).statusCode).toBe(409);
    const reopened = await expectStatus(itemAct('butler', item.id, 'reopen', { note: '名单缺两组' }), 200);
    expect(reopened.actionItems[0]).toMatchObject({ status: 'open', doneNote: null });
    expect(await auditActions(t, item.id)).toEqual(['create', 'jointMeetingActionItem.complete', 'jointMeetingActionItem.reopen']);
  });

  it('finalising needs the meeting held and both sides present (422); cancelling needs a reason and no action items', async () => {
    const future = await expectStatus(schedule('butler', { meetingDate: '2026-03-16', minutes: undefined }), 201);
    await expectStatus(t.as('butler').patch(`/api/sales-channel/meetings/${future.id}`, { minutes: '预写纪要' }), 200);
    expect(await errorOf(act('butler', future.id, 'finalise'))).toMatchObject({ status: 422, code: 'FINALISE_NOT_HELD_YET', message: '会议日期 2026-03-16 还没到，不能定稿纪要' });
    expect(await errorOf(act('butler', future.id, 'cancel', {}))).toMatchObject({ status: 400, fields: { reason: '请填写取消原因' } });
    const cancelled = await expectStatus(act('butler', future.id, 'cancel', { reason: '改期到下周' }), 200);
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '改期到下周' });
    expect((await noticesTo(t, 'salesmgr', `/sales-channel?tab=meetings&meeting=${future.id}`)).map((n) => n.kind)).toEqual(['salesChannel.meetingScheduled', 'salesChannel.meetingCancelled']);

    const oneSide = await expectStatus(schedule('manager', { attendeeIds: [t.demo.users.manager, t.demo.users.butler], guestNames: ['开发商 工程部 王工'] }), 201);
    await expectStatus(t.as('manager').patch(`/api/sales-channel/meetings/${oneSide.id}`, { minutes: '只有物业方出席' }), 200);
    expect(await errorOf(act('manager', oneSide.id, 'finalise'))).toMatchObject({ status: 422, code: 'FINALISE_BOTH_SIDES_NEEDED' });
    await expectStatus(t.as('manager').post(`/api/sales-channel/meetings/${oneSide.id}/action-items`, { description: '补充会议', ownerId: t.demo.users.butler, dueDate: '2026-03-04' }), 201);
    expect(await errorOf(act('manager', oneSide.id, 'cancel', { reason: 'x' }))).toMatchObject({ status: 422, code: 'MEETING_HAS_ACTION_ITEMS' });
    expect(await errorOf(t.as('manager').patch(`/api/sales-channel/meetings/${oneSide.id}`, { meetingDate: '2026-03-05' }))).toMatchObject({ status: 400, fields: { meetingDate: '会议中已有事项的完成期限早于这个日期' } });
    const moved = await expectStatus(t.as('manager').patch(`/api/sales-channel/meetings/${oneSide.id}`, { attendeeIds: [t.demo.users.manager, t.demo.users.marketing], version: 2 }), 200);
    expect(moved.attendees.map((a: any) => a.side)).toEqual(['property', 'sales']);
    expect(await errorOf(t.as('manager').patch(`/api/sales-channel/meetings/${oneSide.id}`, { title: '旧版', version: 2 }))).toMatchObject({ status: 409, code: 'STALE_UPDATE' });
    expect((await act('manager', oneSide.id, 'finalise', { version: 3 })).statusCode).toBe(200);
  });

  it('who organises: consultants, the regional head, technicians and owners 403; project 2 404; people of the project only', async () => {
    for (const who of ['sales', 'regional', 'technician', 'owner']) expect((await schedule(who)).statusCode, who).toBe(403);
    expect((await schedule('butler2')).statusCode).toBe(404);
    const cases: Array<[Record<string, unknown>, Record<string, RegExp>]> = [
      [{ attendeeIds: [t.demo.users.butler2] }, { attendeeIds: /本项目物业方或销售方的人员/ }],
      [{ attendeeIds: [t.demo.users.technician] }, { attendeeIds: /本项目物业方或销售方的人员/ }],
      [{ meetingDate: '2026-02-30', startTime: '25:00' }, { meetingDate: /格式不正确/, startTime: /格式不正确/ }],
    ];
    for (const [body, fields] of cases) {
      const e = await errorOf(schedule('manager', body));
      expect(e.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(e.fields!).sort()).toEqual(Object.keys(fields).sort());
      for (const [field, why] of Object.entries(fields)) expect(e.fields![field]).toMatch(why);
    }
    const m = await expectStatus(schedule('marketing'), 201);
    expect(await errorOf(t.as('manager').post(`/api/sales-channel/meetings/${m.id}/action-items`, { description: 'x', ownerId: t.demo.users.owner, dueDate: '2026-03-05' }))).toMatchObject({ status: 400, fields: { ownerId: expect.stringContaining('本项目') } });
    expect(await errorOf(t.as('manager').post(`/api/sales-channel/meetings/${m.id}/action-items`, { description: 'x', ownerId: t.demo.users.butler, dueDate: '2026-03-01' }))).toMatchObject({ status: 400, fields: { dueDate: '完成期限不能早于会议日期' } });
    expect((await t.as('butler2').get(`/api/sales-channel/meetings/${m.id}`)).statusCode).toBe(404);
    expect((await act('butler2', m.id, 'cancel', { reason: 'x' })).statusCode).toBe(404);
    const people = await expectStatus(t.as('sales').get(`/api/sales-channel/people?projectId=${p1(t)}`), 200);
    expect(people.items.map((p: any) => p.name)).toEqual(expect.arrayContaining(['管家 刘芳', '销售经理 郑华', '销售顾问 孙丽']));
    expect(people.items.map((p: any) => p.name)).not.toContain('工程技术员 赵磊');
  });

  it('the follow-up list: overdue open items across meetings, mine only', async () => {
    const overdue = await expectStatus(t.as('marketing').get(`/api/sales-channel/action-items?projectId=${p1(t)}&overdue=true`), 200);
    expect(overdue.items.map((a: any) => [a.description, a.overdue])).toEqual([['开盘活动客户动线方案', true]]);
    expect(overdue.items[0].allowedActions).toEqual(['complete']);
    const mine = await expectStatus(t.as('manager').get(`/api/sales-channel/action-items?projectId=${p1(t)}&mine=true&status=open`), 200);
    expect(mine.items.map((a: any) => a.description)).toContain('核对交付前服务承诺清单');
  });
});
