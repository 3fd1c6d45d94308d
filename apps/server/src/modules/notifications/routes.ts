import { z } from 'zod';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { registerMessages } from '../../platform/http/i18n.js';
import { pageOf } from '../../platform/http/paging.js';
import { countUnreadNotifications } from './count-unread-notifications.js';
import { listNotifications } from './list-notifications.js';
import { markAllNotificationsRead } from './mark-all-notifications-read.js';
import { markNotificationRead } from './mark-notification-read.js';
import { NotificationStreams } from './notification-stream.js';
import { publishNotificationsRead } from './publish-notifications.js';
import { listNotificationsQuery, notificationIdParams, notificationSchema, unreadCountSchema } from './schemas.js';

registerMessages({
  'zh-CN': { 'entity.notification': '通知' },
  en: { 'entity.notification': 'Notification' },
});

const tags = ['notifications'];
const noContent = { 204: z.null().describe('No content') };

export async function notificationRoutes(app: App, ctx: AppContext) {
  const streams = new NotificationStreams();
  app.addHook('preClose', (done) => {
    streams.closeAll();
    done();
  });

  app.get(
    '/api/notifications',
    { schema: { tags, querystring: listNotificationsQuery, response: { 200: pageOf(notificationSchema) } } },
    async (req) => listNotifications(ctx.db, actorOf(req), req.query),
  );

  app.get('/api/notifications/unread-count', { schema: { tags, response: { 200: unreadCountSchema } } }, async (req) => ({
    count: await countUnreadNotifications(ctx.db, actorOf(req).userId),
  }));

  app.post('/api/notifications/:id/read', { schema: { tags, params: notificationIdParams, response: noContent } }, async (req, reply) => {
    const actor = actorOf(req);
    await inTransaction(ctx.db, (trx) => markNotificationRead(trx, actor, req.params.id));
    publishNotificationsRead(ctx.notifier, actor.userId);
    return reply.status(204).send(null);
  });

  app.post('/api/notifications/read-all', { schema: { tags, response: noContent } }, async (req, reply) => {
    const actor = actorOf(req);
    await inTransaction(ctx.db, (trx) => markAllNotificationsRead(trx, actor));
    publishNotificationsRead(ctx.notifier, actor.userId);
    return reply.status(204).send(null);
  });

  app.get(
    '/api/notifications/stream',
    {
      schema: {
        tags,
        summary: 'Server-Sent Events: `unread` {count} on connect and on change, `notification` with each new item',
        produces: ['text/event-stream'],
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      reply.hijack();
      streams.serve(ctx.db, ctx.notifier, actor.userId, reply.raw, req.log);
    },
  );
}
