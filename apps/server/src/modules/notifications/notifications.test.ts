import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../platform/db/transaction.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { notify } from './notify.js';
import { publishNotifications } from './publish-notifications.js';
import { openEventStream } from '../../testing/event-stream-reader.js';

let t: TestApp;
let baseUrl: string;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => t.close());

async function send(username: string, title: string, opts: { live?: boolean } = {}) {
  const rows = await inTransaction(t.ctx.db, (trx) =>
    notify(trx, { userIds: [t.demo.users[username]], title, body: `${title} body`, kind: 'test.notice', link: '/somewhere', projectId: t.demo.projectIds[0] }),
  );
  if (opts.live !== false) publishNotifications(t.ctx.notifier, rows);
  return rows;
}

const unread = async (username: string) => (await t.as(username).get('/api/notifications/unread-count')).json().count as number;

async function openStream(username: string) {
  return openEventStream(`${baseUrl}/api/notifications/stream`, await t.cookieOf(username));
}

describe('notifications', () => {
  it('manager: lists own notifications newest first, counts unread, marks one read', async () => {
    await send('manager', '第一条');
    await send('manager', '第二条');
    await send('technician', '别人的');
    const list = await t.as('manager').get('/api/notifications');
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe(2);
    expect(list.json().items.map((i: { title: string }) => i.title)).toEqual(['第二条', '第一条']);
    expect(list.json().items[0]).toMatchObject({ body: '第二条 body', link: '/somewhere', kind: 'test.notice', readAt: null });
    expect(await unread('manager')).toBe(2);

    const read = await t.as('manager').post(`/api/notifications/${list.json().items[0].id}/read`);
    expect(read.statusCode).toBe(204);
    expect(await unread('manager')).toBe(1);
    const unreadOnly = await t.as('manager').get('/api/notifications?unreadOnly=true');
    expect(unreadOnly.json().items.map((i: { title: string }) => i.title)).toEqual(['第一条']);
    // Reading again changes nothing.
    expect((await t.as('manager').post(`/api/notifications/${list.json().items[0].id}/read`)).statusCode).toBe(204);
  });

  it("butler: marking someone else's notification read is 404 and leaves it unread", async () => {
    const [row] = await send('technician', '技术员的通知');
    const res = await t.as('butler').post(`/api/notifications/${row.id}/read`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    expect(res.json().error.message).toBe('通知不存在或您无权查看');
    const mine = await t.as('technician').get('/api/notifications?unreadOnly=true');
    expect(mine.json().items.map((i: { id: string }) => i.id)).toContain(row.id);
  });

  it('technician: read-all clears the unread count', async () => {
    await send('technician', '再来一条');
    expect(await unread('technician')).toBeGreaterThan(0);
    expect((await t.as('technician').post('/api/notifications/read-all')).statusCode).toBe(204);
    expect(await unread('technician')).toBe(0);
  });

  it('anonymous: the list and the stream are 401', async () => {
    expect((await t.as(null).get('/api/notifications')).statusCode).toBe(401);
    const res = await t.as(null).get('/api/notifications/stream');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('butler: the stream sends unread on connect, then the notification and a fresh unread after notify', async () => {
    const before = await unread('butler');
    const stream = await openStream('butler');
    try {
      expect(stream.res.statusCode).toBe(200);
      expect(stream.res.headers['content-type']).toMatch(/^text\/event-stream/);
      expect(await stream.next()).toEqual({ event: 'unread', data: { count: before } });

      const [row] = await send('butler', '新工单');
      let ev = await stream.next();
      // The 5 s poll may see the committed row before the live event arrives.
      if (ev.event === 'unread') ev = await stream.next();
      expect(ev).toEqual({ event: 'notification', data: expect.objectContaining({ id: row.id, title: '新工单', readAt: null }) });
      expect(await stream.next()).toEqual({ event: 'unread', data: { count: before + 1 } });

      // Marking read elsewhere (another tab) updates the count live.
      await t.as('butler').post(`/api/notifications/${row.id}/read`);
      expect(await stream.next()).toEqual({ event: 'unread', data: { count: before } });
    } finally {
      stream.close();
    }
  });

  it('butler: a notification written by another process (no live publish) arrives as unread within the poll', async () => {
    const before = await unread('butler');
    const stream = await openStream('butler');
    try {
      expect(await stream.next()).toEqual({ event: 'unread', data: { count: before } });
      await send('butler', '后台任务的通知', { live: false });
      expect(await stream.next(8_000)).toEqual({ event: 'unread', data: { count: before + 1 } });
    } finally {
      stream.close();
    }
  });

  it('butler: closing the stream removes its listener and timers', async () => {
    const notifier = t.ctx.notifier;
    const original = notifier.subscribe.bind(notifier);
    let active = 0;
    notifier.subscribe = (userId, listener) => {
      active++;
      const off = original(userId, listener);
      return () => {
        active--;
        off();
      };
    };
    try {
      const stream = await openStream('butler');
      await stream.next();
      expect(active).toBe(1);
      stream.close();
      const deadline = Date.now() + 5_000;
      while (active > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(active).toBe(0);
    } finally {
      notifier.subscribe = original;
    }
  });

  it('server: shutting down ends open streams instead of waiting for them', async () => {
    const stream = await openStream('manager');
    await stream.next();
    const ended = new Promise<void>((resolve) => stream.res.on('close', resolve));
    // Shutdown must not hang on a hijacked, never-idle response.
    await t.app.close();
    await ended;
  });
});
