import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { materializeWakeUpCalls } from './materialize-wake-up-calls.js';

// Monday 2026-03-02, 14:00 in Shanghai.
const NOW = new Date('2026-03-02T06:00:00Z');

let t: TestApp;
let p1: string;
let ownerId: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  p1 = t.demo.projectIds[0];
  ownerId = (await t.ctx.db.selectFrom('household_members').select('owner_id').where('household_id', '=', t.demo.ownerHouseholdId).executeTakeFirstOrThrow()).owner_id;
  // The demo's own daily call would add its occurrences to every count below.
  await t.ctx.db.updateTable('wake_up_calls').set({ status: 'cancelled', next_at: null }).execute();
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const wakeMessages = (callId: string) => t.ctx.db.selectFrom('messages').selectAll().where('idempotency_key', 'like', `wakeUp:${callId}:%`).orderBy('not_before').execute();
const call = (id: string) => t.ctx.db.selectFrom('wake_up_calls').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('定时叫醒', () => {
  it('owner: a daily 06:30 call is written at 06:25 as an SMS sent at 06:30 despite quiet hours; a rerun writes nothing more; it moves to the next day', async () => {
    const res = await t.as('owner').post('/api/h5/life-secretary/wake-up-calls', { time: '06:30', repeat: 'daily', channel: 'sms', note: '早班机' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'active', repeat: 'daily', nextAt: '2026-03-02T22:30:00.000Z', owner: { id: ownerId }, allowedActions: ['cancel'] });
    const id = res.json().id;

    expect(await materializeWakeUpCalls(t.ctx.db, new Date('2026-03-02T22:00:00Z'))).toEqual({ written: 0, skipped: 0 });
    expect(await materializeWakeUpCalls(t.ctx.db, new Date('2026-03-02T22:25:00Z'))).toEqual({ written: 1, skipped: 0 });
    expect(await materializeWakeUpCalls(t.ctx.db, new Date('2026-03-02T22:26:00Z'))).toEqual({ written: 0, skipped: 0 });
    const [m, ...more] = await wakeMessages(id);
    expect(more).toHaveLength(0);
    expect(m).toMatchObject({ topic: 'wakeUpCall', channel: 'sms', status: 'queued', requested_time: 1, not_before: '2026-03-02T22:30:00.000Z', next_attempt_at: '2026-03-02T22:30:00.000Z', owner_id: ownerId, address: '13812345678' });
    expect(m!.body).toBe('吴先生您好，现在是06:30，这是您预约的叫醒提醒。');
    expect(await call(id)).toMatchObject({ status: 'active', next_at: '2026-03-03T22:30:00.000Z', last_message_id: m!.id, version: 2 });

    // The next morning: a second message, the call goes on.
    expect(await materializeWakeUpCalls(t.ctx.db, new Date('2026-03-03T22:21:00Z'))).toEqual({ written: 1, skipped: 0 });
    expect((await wakeMessages(id)).map((x) => x.not_before)).toEqual(['2026-03-02T22:30:00.000Z', '2026-03-03T22:30:00.000Z']);

    // Cancelled before the 06:30 of 3/4: the written message is withdrawn, nothing more is written.
    const cancel = await t.as('owner').post(`/api/h5/life-secretary/wake-up-calls/${id}/cancel`);
    expect(cancel.statusCode, cancel.body).toBe(200);
    expect(cancel.json()).toMatchObject({ status: 'cancelled', nextAt: null, allowedActions: [] });
    expect((await wakeMessages(id)).map((x) => [x.status, x.last_error])).toEqual([
      ['queued', null],
      ['suppressed', 'cancelled'],
    ]);
    expect(await materializeWakeUpCalls(t.ctx.db, new Date('2026-03-04T22:25:00Z'))).toEqual({ written: 0, skipped: 0 });
    const again = await t.as('owner').post(`/api/h5/life-secretary/wake-up-calls/${id}/cancel`);
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'FORBIDDEN_TRANSITION']);
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'cancel']);
  });

  it('butler: a one-off in-app call for the household is done once written; an occurrence missed by the worker is skipped, not sent late', async () => {
    const res = await t.as('butler').post('/api/life-secretary/wake-up-calls', { projectId: p1, householdId: t.demo.ownerHouseholdId, ownerId, time: '07:00', repeat: 'once', date: '2026-03-03', channel: 'inApp' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ nextAt: '2026-03-02T23:00:00.000Z', createdBy: { name: '管家 刘芳' } });
    expect(await materializeWakeUpCalls(t.ctx.db, new Date('2026-03-02T22:55:00Z'))).toEqual({ written: 1, skipped: 0 });
    expect(await call(res.json().id)).toMatchObject({ status: 'done', next_at: null });
    expect((await wakeMessages(res.json().id)).map((m) => [m.channel, m.not_before])).toEqual([['inApp', '2026-03-02T23:00:00.000Z']]);

    const late = await t.as('butler').post('/api/life-secretary/wake-up-calls', { projectId: p1, householdId: t.demo.ownerHouseholdId, ownerId, time: '07:00', repeat: 'daily', channel: 'sms' });
    expect(await materializeWakeUpCalls(t.ctx.db, new Date('2026-03-02T23:45:00Z'))).toEqual({ written: 0, skipped: 1 });
    expect(await wakeMessages(late.json().id)).toHaveLength(0);
    expect((await call(late.json().id)).next_at).toBe('2026-03-03T23:00:00.000Z');
    const list = (await t.as('manager').get(`/api/life-secretary/wake-up-calls?projectId=${p1}&status=active`)).json();
    expect(list.items.map((c: { id: string }) => c.id)).toContain(late.json().id);
    expect(list.items.every((c: { status: string }) => c.status === 'active')).toBe(true);
  });

  it('bad input: a one-off without a date, a time already past, an owner of another household; nothing written', async () => {
    const before = await t.ctx.db.selectFrom('wake_up_calls').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const noDate = await t.as('owner').post('/api/h5/life-secretary/wake-up-calls', { time: '06:30', repeat: 'once', channel: 'sms' });
    expect([noDate.statusCode, noDate.json().error.fields]).toEqual([400, { date: '单次叫醒请选择日期' }]);
    const past = await t.as('owner').post('/api/h5/life-secretary/wake-up-calls', { time: '06:30', repeat: 'once', date: '2026-03-02', channel: 'sms' }, { 'accept-language': 'en' });
    expect([past.statusCode, past.json().error.fields]).toEqual([400, { date: 'That wake-up time has passed; choose a later one' }]);
    const badTime = await t.as('owner').post('/api/h5/life-secretary/wake-up-calls', { time: '25:00', repeat: 'daily', channel: 'sms' });
    expect(badTime.statusCode).toBe(400);
    const stranger = await t.as('butler').post('/api/life-secretary/wake-up-calls', { projectId: p1, householdId: t.demo.ownerHouseholdId, ownerId: 'nobody', time: '06:30', repeat: 'daily', channel: 'sms' });
    expect([stranger.statusCode, stranger.json().error.fields]).toEqual([400, { ownerId: '该业主不是此住户的成员' }]);
    const after = await t.ctx.db.selectFrom('wake_up_calls').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('visibility: another project’s butler 404, the sales side 403, owners only on their phone pages', async () => {
    const created = await t.as('butler').post('/api/life-secretary/wake-up-calls', { projectId: p1, householdId: t.demo.ownerHouseholdId, ownerId, time: '06:45', repeat: 'daily', channel: 'sms' });
    const id = created.json().id;
    expect((await t.as('butler2').get(`/api/life-secretary/wake-up-calls?projectId=${p1}`)).statusCode).toBe(404);
    expect((await t.as('butler2').post(`/api/life-secretary/wake-up-calls/${id}/cancel`)).statusCode).toBe(404);
    expect((await t.as('butler2').post('/api/life-secretary/wake-up-calls', { projectId: p1, householdId: t.demo.ownerHouseholdId, ownerId, time: '06:45', repeat: 'daily', channel: 'sms' })).statusCode).toBe(404);
    expect((await t.as('sales').get(`/api/life-secretary/wake-up-calls?projectId=${p1}`)).statusCode).toBe(403);
    expect((await t.as('technician').post(`/api/life-secretary/wake-up-calls/${id}/cancel`)).statusCode).toBe(403);
    expect((await t.as('owner').get(`/api/life-secretary/wake-up-calls?projectId=${p1}`)).statusCode).toBe(403);
    expect((await t.as('butler').get('/api/h5/life-secretary/wake-up-calls')).statusCode).toBe(403);
    // The owner sees the call the butler set for them, and may cancel it.
    const mine = (await t.as('owner').get('/api/h5/life-secretary/wake-up-calls')).json();
    expect(mine.items.map((c: { id: string }) => c.id)).toContain(id);
    expect((await t.as('owner').post(`/api/h5/life-secretary/wake-up-calls/${id}/cancel`)).statusCode).toBe(200);
  });
});
