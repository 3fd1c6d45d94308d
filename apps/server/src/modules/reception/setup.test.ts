import type { AddressInfo } from 'node:net';
import { REFERENCE_SERVICES } from '@guanjia/domain/reception/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEventStream } from '../../testing/event-stream-reader.js';
import { raiseHandoffAlert } from './raise-handoff-alert.js';
import { later, NOW, receptionKit, type ReceptionKit } from './reception-test-kit.js';

let k: ReceptionKit;
let baseUrl: string;
beforeAll(async () => {
  k = await receptionKit();
  await k.t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(k.t.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => k.close());

describe('reference services (三、销售配合期间的参考性服务内容)', () => {
  it('demo: project 1 has the seed’s 20 services, numbered and worded as printed', async () => {
    const res = await k.t.as('butler').get(`/api/reception/services?projectId=${k.p1}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((s: { number: number; name: string }) => ({ number: s.number, name: s.name }))).toEqual(REFERENCE_SERVICES);
  });

  it('project 2: the first read copies the 20 defaults in, once, even when two reads race', async () => {
    const [a, b] = await Promise.all([k.t.as('butler2').get(`/api/reception/services?projectId=${k.p2}`), k.t.as('admin').get(`/api/reception/services?projectId=${k.p2}`)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(a.json().items).toHaveLength(20);
    const rows = await k.t.ctx.db.selectFrom('reception_reference_services').select('id').where('project_id', '=', k.p2).execute();
    expect(rows).toHaveLength(20);
    expect((await k.t.as('butler').get(`/api/reception/services?projectId=${k.p2}`)).statusCode).toBe(404);
  });

  it('manager: adds a service of the project’s own, renames and switches one off; the butler may not', async () => {
    expect((await k.t.as('butler').post('/api/reception/services', { projectId: k.p1, name: '雨天接送' })).statusCode).toBe(403);
    const added = await k.t.as('manager').post('/api/reception/services', { projectId: k.p1, name: '雨天接送服务' });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ number: 21, origin: 'custom', enabled: true });
    expect(Object.keys((await k.t.as('manager').post('/api/reception/services', { projectId: k.p1, name: '' })).json().error.fields)).toEqual(['name']);
    const items = (await k.t.as('manager').get(`/api/reception/services?projectId=${k.p1}`)).json().items;
    const eight = items.find((s: { number: number }) => s.number === 8);
    const off = await k.t.as('manager').patch(`/api/reception/services/${eight.id}`, { enabled: false, version: eight.version });
    expect(off.json()).toMatchObject({ number: 8, enabled: false, version: eight.version + 1 });
    expect((await k.t.as('manager').patch(`/api/reception/services/${eight.id}`, { enabled: true, version: eight.version })).json().error.code).toBe('STALE_UPDATE');
  });

  it('butler: records services against a visit and as a standalone task; a switched-off service or a foreign visit names the field', async () => {
    const items = (await k.t.as('butler').get(`/api/reception/services?projectId=${k.p1}`)).json().items as { id: string; number: number; enabled: boolean }[];
    const four = items.find((s) => s.number === 4)!;
    const eight = items.find((s) => s.number === 8)!;
    const w = await k.walkIn({ visitorName: '品茶客户' });
    const rec = await k.t.as('butler').post('/api/reception/service-records', { salesCenterId: k.center, serviceId: four.id, visitId: w.id, note: '龙井一杯' });
    expect(rec.statusCode, rec.body).toBe(201);
    expect(rec.json()).toMatchObject({ service: { number: 4, name: '交流洽谈中饮品、糕点服务' }, visitId: w.id, visitorName: '品茶客户', recordedBy: { name: '管家 刘芳' }, note: '龙井一杯' });
    const alone = await k.t.as('manager').post('/api/reception/service-records', { salesCenterId: k.center, serviceId: items.find((s) => s.number === 13)!.id });
    expect(alone.json()).toMatchObject({ visitId: null, service: { number: 13 } });
    expect((await k.t.as('butler').post('/api/reception/service-records', { salesCenterId: k.center, serviceId: eight.id })).json().error.fields).toEqual({ serviceId: expect.stringContaining('停用') });
    const p2Services = (await k.t.as('admin').get(`/api/reception/services?projectId=${k.p2}`)).json().items;
    expect((await k.t.as('butler').post('/api/reception/service-records', { salesCenterId: k.center, serviceId: p2Services[0].id })).json().error.fields).toEqual({ serviceId: expect.any(String) });
    expect((await k.t.as('butler').post('/api/reception/service-records', { salesCenterId: k.center, serviceId: four.id, visitId: 'nope' })).json().error.fields).toEqual({ visitId: expect.any(String) });
    expect((await k.t.as('sales').post('/api/reception/service-records', { salesCenterId: k.center, serviceId: four.id })).statusCode).toBe(403);
    const list = (await k.t.as('manager').get(`/api/reception/service-records?salesCenterId=${k.center}`)).json().items;
    expect(list.map((r: { service: { number: number } }) => r.service.number)).toEqual([13, 4]);
    const events = (await k.t.as('butler').get(`/api/reception/visits/${w.id}`)).json().events;
    expect(events.at(-1)).toMatchObject({ action: 'recordService', data: { number: 4 } });
  });

  it('settings: the demo sales center runs on 60 s; a sales center never saved shows the default at version 0', async () => {
    expect((await k.t.as('butler').get(`/api/reception/settings?salesCenterId=${k.center}`)).json()).toEqual({ salesCenterId: k.center, alertThresholdSeconds: 60, version: 1 });
    expect((await k.t.as('butler2').get(`/api/reception/settings?salesCenterId=${k.center2}`)).json()).toEqual({ salesCenterId: k.center2, alertThresholdSeconds: 60, version: 0 });
    const first = await k.t.as('admin').put('/api/reception/settings', { salesCenterId: k.center2, alertThresholdSeconds: 120, version: 0 });
    expect(first.json()).toEqual({ salesCenterId: k.center2, alertThresholdSeconds: 120, version: 1 });
    expect((await k.t.as('sales').get(`/api/reception/settings?salesCenterId=${k.center}`)).statusCode).toBe(403);
  });
});

async function openStream(username: string, salesCenterId: string) {
  return openEventStream(`${baseUrl}/api/reception/board/stream?salesCenterId=${salesCenterId}`, await k.t.cookieOf(username));
}

describe('the live board stream', () => {
  it('butler’s tablet and the consultant’s phone: `ready` on connect, then `board` the moment a visitor is checked in, without visitor data', async () => {
    const tablet = await openStream('butler', k.center);
    const phone = await openStream('sales', k.center);
    try {
      expect(tablet.res.statusCode).toBe(200);
      expect(tablet.res.headers['content-type']).toMatch(/^text\/event-stream/);
      expect(await tablet.next()).toEqual({ event: 'ready', data: { salesCenterId: k.center } });
      expect(await phone.next()).toEqual({ event: 'ready', data: { salesCenterId: k.center } });
      await k.walkIn({ visitorName: '直播客户', consultantId: k.user('sales') });
      expect(await tablet.next()).toEqual({ event: 'board', data: { salesCenterId: k.center, reason: 'checkIn' } });
      expect(await phone.next()).toEqual({ event: 'board', data: { salesCenterId: k.center, reason: 'checkIn' } });
    } finally {
      tablet.close();
      phone.close();
    }
  });

  it('an alert raised by the worker in another process (no live publish) reaches the board within the poll', async () => {
    const w = await k.walkIn({ visitorName: '后台提醒', consultantId: k.user('sales2') });
    const tablet = await openStream('manager', k.center);
    try {
      expect((await tablet.next()).event).toBe('ready');
      const outcome = await raiseHandoffAlert(k.t.ctx.db, { visitId: w.id, notifiedAt: NOW.toISOString() }, later(61));
      expect(outcome.raised).not.toBeNull();
      expect(await tablet.next(8_000)).toEqual({ event: 'board', data: { salesCenterId: k.center, reason: 'changed' } });
    } finally {
      tablet.close();
    }
  });

  it('who may listen: another project’s butler 404, technicians and owners 403, anonymous 401', async () => {
    expect((await k.t.as('butler2').get(`/api/reception/board/stream?salesCenterId=${k.center}`)).statusCode).toBe(404);
    expect((await k.t.as('technician').get(`/api/reception/board/stream?salesCenterId=${k.center}`)).statusCode).toBe(403);
    expect((await k.t.as('owner').get(`/api/reception/board/stream?salesCenterId=${k.center}`)).statusCode).toBe(403);
    expect((await k.t.as(null).get(`/api/reception/board/stream?salesCenterId=${k.center}`)).statusCode).toBe(401);
  });

  it('closing a stream stops its sales center’s watcher; shutting the server down ends open streams', async () => {
    const notifier = k.t.ctx.notifier;
    const original = notifier.subscribe.bind(notifier);
    let active = 0;
    notifier.subscribe = (key, listener) => {
      if (key.startsWith('salesCenter:')) active++;
      const off = original(key, listener);
      return () => {
        if (key.startsWith('salesCenter:')) active--;
        off();
      };
    };
    try {
      const a = await openStream('butler', k.center);
      const b = await openStream('manager', k.center);
      await a.next();
      await b.next();
      // One watcher per sales center, however many streams.
      expect(active).toBe(1);
      a.close();
      b.close();
      const deadline = Date.now() + 5_000;
      while (active > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(active).toBe(0);
    } finally {
      notifier.subscribe = original;
    }
    const open = await openStream('butler', k.center);
    await open.next();
    const ended = new Promise<void>((resolve) => open.res.on('close', resolve));
    await k.t.app.close();
    await ended;
  });
});
