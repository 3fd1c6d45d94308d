import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { remindUnconfirmedRelays } from './remind-unconfirmed-relays.js';

// Monday 2026-03-02, 14:00 in Shanghai.
const NOW = new Date('2026-03-02T06:00:00Z');

let t: TestApp;
let p1: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  p1 = t.demo.projectIds[0];
  // The demo's relay is days old by the clocks below; confirm it so only this file's relays remind.
  await t.ctx.db.updateTable('message_relays').set({ status: 'confirmed' }).execute();
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const record = (who: string, patch: Record<string, unknown> = {}) =>
  t.as(who).post('/api/life-secretary/relays', { projectId: p1, householdId: t.demo.ownerHouseholdId, fromName: '王女士', text: '明天上午来取借的梯子。', ...patch });
const relayMessages = (id: string) => t.ctx.db.selectFrom('messages').select(['channel', 'status', 'last_error', 'body', 'not_before', 'urgent']).where('idempotency_key', 'like', `relay:${id}:%`).orderBy('channel').execute();

describe('留言转达', () => {
  it('butler records a message: delivered to the owner in-app and by SMS; the owner confirms 已收到 once', async () => {
    const res = await record('butler');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'delivered', fromName: '王女士', deliveredAt: NOW.toISOString(), deliveries: { queued: 2, sent: 0, failed: 0, suppressed: 0 }, allowedActions: ['confirmByCall', 'cancel'] });
    const id = res.json().id;
    expect(await relayMessages(id)).toEqual([
      { channel: 'inApp', status: 'queued', last_error: null, body: '王女士给您留言：明天上午来取借的梯子。', not_before: NOW.toISOString(), urgent: 0 },
      { channel: 'sms', status: 'queued', last_error: null, body: '王女士给您留言：明天上午来取借的梯子。', not_before: NOW.toISOString(), urgent: 0 },
    ]);

    const mine = (await t.as('owner').get('/api/h5/life-secretary/relays')).json();
    expect(mine.items.find((r: { id: string }) => r.id === id)).toMatchObject({ status: 'delivered', allowedActions: ['confirm'] });
    const ok = await t.as('owner').post(`/api/h5/life-secretary/relays/${id}/confirm`, {});
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'confirmed', confirmedHow: 'owner', confirmedBy: { name: '业主 吴先生' }, allowedActions: [] });
    const twice = await t.as('owner').post(`/api/h5/life-secretary/relays/${id}/confirm`, {});
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'FORBIDDEN_TRANSITION']);
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['record', 'confirm']);
  });

  it('the owner turned relay SMS off: in-app only; an urgent message at 23:00 is not held for the morning', async () => {
    const prefs = await t.as('owner').put('/api/messaging/my-preferences', { optOuts: [{ topic: 'messageRelay', channel: 'sms' }] });
    expect(prefs.statusCode, prefs.body).toBe(200);
    const off = await record('butler');
    expect((await relayMessages(off.json().id)).map((m) => [m.channel, m.status, m.last_error])).toEqual([
      ['inApp', 'queued', null],
      ['sms', 'suppressed', 'optedOut'],
    ]);
    expect(off.json().deliveries).toEqual({ queued: 1, sent: 0, failed: 0, suppressed: 1 });
    await t.as('owner').put('/api/messaging/my-preferences', { optOuts: [] });

    vi.setSystemTime(new Date('2026-03-02T15:00:00Z'));
    const calm = await record('butler', { text: '普通留言' });
    const urgent = await record('butler', { text: '家中水管漏水，请速回电', urgent: true });
    vi.setSystemTime(NOW);
    const sms = async (id: string) => (await relayMessages(id)).find((m) => m.channel === 'sms')!;
    expect((await sms(calm.json().id)).not_before).toBe('2026-03-03T00:00:00.000Z');
    expect(await sms(urgent.json().id)).toMatchObject({ not_before: '2026-03-02T15:00:00.000Z', urgent: 1 });
    for (const r of [off, calm, urgent]) await t.as('butler').post(`/api/life-secretary/relays/${r.json().id}/cancel`, {});
  });

  it('unconfirmed after 4 hours: the butler and the recorder are reminded once; the butler confirms after a call', async () => {
    const res = await record('manager');
    const id = res.json().id;
    expect((await remindUnconfirmedRelays(t.ctx.db, new Date(NOW.getTime() + 3.9 * 3_600_000))).notifications).toHaveLength(0);
    const { notifications } = await remindUnconfirmedRelays(t.ctx.db, new Date(NOW.getTime() + 4 * 3_600_000));
    expect(notifications.map((n) => n.user_id).sort()).toEqual([t.demo.users.butler, t.demo.users.manager].sort());
    expect(notifications[0]).toMatchObject({ kind: 'lifeSecretary.relayUnconfirmed', title: '留言尚未确认收到' });
    expect((await remindUnconfirmedRelays(t.ctx.db, new Date(NOW.getTime() + 5 * 3_600_000))).notifications).toHaveLength(0);

    const stale = await t.as('butler').post(`/api/life-secretary/relays/${id}/confirm`, { version: 99 });
    expect(stale.statusCode).toBe(409);
    const byCall = await t.as('butler').post(`/api/life-secretary/relays/${id}/confirm`, { version: res.json().version });
    expect(byCall.json()).toMatchObject({ status: 'confirmed', confirmedHow: 'call', confirmedBy: { name: '管家 刘芳' } });
    const list = (await t.as('regional').get(`/api/life-secretary/relays?projectId=${p1}&status=confirmed`)).json();
    expect(list.items.map((r: { id: string }) => r.id)).toContain(id);
  });

  it('visibility: another project 404, the technician and sales 403, the owner cannot use staff actions nor staff the owner’s', async () => {
    const id = (await record('butler')).json().id;
    expect((await t.as('butler2').post(`/api/life-secretary/relays/${id}/confirm`, {})).statusCode).toBe(404);
    expect((await t.as('butler2').get(`/api/life-secretary/relays?projectId=${p1}`)).statusCode).toBe(404);
    expect((await record('butler2')).statusCode).toBe(404);
    expect((await record('technician')).statusCode).toBe(403);
    expect((await t.as('sales').get(`/api/life-secretary/relays?projectId=${p1}`)).statusCode).toBe(403);
    expect((await t.as('owner').post(`/api/life-secretary/relays/${id}/confirm`, {})).statusCode).toBe(403);
    expect((await t.as('butler').post(`/api/h5/life-secretary/relays/${id}/confirm`, {})).statusCode).toBe(403);
    const bad = await record('butler', { fromName: '', text: '' });
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['fromName', 'text']);
  });
});
