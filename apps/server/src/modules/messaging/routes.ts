import { MESSAGING_ADMIN_ROLES, MESSAGING_READER_ROLES, MESSAGING_SENDER_ROLES } from '@guanjia/domain/messaging/index';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { rolesOnly } from '../../platform/http/guards.js';
import './messages.js';
import { assertBuildingsOfProject, countAudience } from './broadcast-audience.js';
import { getBroadcast, listBroadcasts } from './broadcasts.js';
import { emailConfigured, smsConfigured } from './channel-setup.js';
import { createBroadcast } from './create-broadcast.js';
import { retryBroadcast } from './retry-broadcast.js';
import { getMessage, listMessageEvents, listMessages } from './list-messages.js';
import { listMessageTemplates, putMessageTemplate } from './message-templates.js';
import { getMessagingSettings, putMessagingSettings } from './messaging-settings.js';
import { getOwnerPreferences } from './owner-preferences.js';
import { presentMessage } from './present-message.js';
import { resendMessage } from './resend-message.js';
import * as s from './schemas.js';
import { sendOwnerMessage } from './send-owner-message.js';
import { updateOwnerPreferences } from './update-owner-preferences.js';

const tags = ['messaging'];
const readers = rolesOnly(...MESSAGING_READER_ROLES);
const senders = rolesOnly(...MESSAGING_SENDER_ROLES);
const admins = rolesOnly(...MESSAGING_ADMIN_ROLES);
const ownerAccounts = rolesOnly('owner');

/** 消息与提醒: the outbox, broadcasts, templates, channels, quiet hours and owners' opt-outs. */
export async function messagingRoutes(app: App, ctx: AppContext) {
  const detail = async (actor: ReturnType<typeof actorOf>, locale: Parameters<typeof presentMessage>[2], id: string) => {
    const row = await getMessage(ctx.db, actor, id);
    const events = await listMessageEvents(ctx.db, id);
    return {
      ...presentMessage(row, actor, locale),
      events: events.map((e) => ({ id: e.id, action: e.action, status: e.status, detail: e.detail, actor: e.actor_id ? { id: e.actor_id, name: e.actor_name ?? '' } : null, createdAt: e.created_at })),
    };
  };

  app.get('/api/messaging/messages', { preValidation: readers, schema: { tags, querystring: s.listMessagesQuery, response: { 200: s.messagePageSchema } } }, async (req) => {
    const actor = actorOf(req);
    const page = await listMessages(ctx.db, actor, req.query);
    return { ...page, items: page.items.map((r) => presentMessage(r, actor, req.locale)) };
  });

  app.post('/api/messaging/messages', { preValidation: senders, schema: { tags, body: s.sendOwnerMessageBody, response: { 201: s.messageDetailSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await inTransaction(ctx.db, (trx) => sendOwnerMessage(trx, actor, req.body));
    return reply.status(201).send(await detail(actor, req.locale, row.id));
  });

  app.get('/api/messaging/messages/:id', { preValidation: readers, schema: { tags, params: s.idParams, response: { 200: s.messageDetailSchema } } }, async (req) =>
    detail(actorOf(req), req.locale, req.params.id),
  );

  app.post('/api/messaging/messages/:id/resend', { preValidation: senders, schema: { tags, params: s.idParams, response: { 200: s.messageDetailSchema } } }, async (req) => {
    const actor = actorOf(req);
    await inTransaction(ctx.db, (trx) => resendMessage(trx, actor, req.params.id));
    return detail(actor, req.locale, req.params.id);
  });

  app.get('/api/messaging/audience', { preValidation: senders, schema: { tags, querystring: s.audienceQuery, response: { 200: s.audienceSchema } } }, async (req) => {
    const actor = actorOf(req);
    const { projectId, topic, channel } = req.query;
    const buildingIds = req.query.buildingIds ? req.query.buildingIds.split(',').filter(Boolean) : null;
    const careTags = req.query.tags ? req.query.tags.split(',').filter(Boolean) : null;
    assertProjectVisible(actor, projectId, 'entity.project');
    await assertBuildingsOfProject(ctx.db, projectId, buildingIds);
    return countAudience(ctx.db, { projectId, buildingIds, tags: careTags, topic, channel });
  });

  app.post('/api/messaging/broadcasts', { preValidation: senders, schema: { tags, body: s.createBroadcastBody, response: { 200: s.broadcastSchema, 201: s.broadcastSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const { broadcast, created } = await inTransaction(ctx.db, (trx) => createBroadcast(trx, actor, req.body));
    return reply.status(created ? 201 : 200).send(await getBroadcast(ctx.db, actor, broadcast.id));
  });

  app.post('/api/messaging/broadcasts/:id/retry', { preValidation: senders, schema: { tags, params: s.idParams, response: { 200: s.broadcastSchema } } }, async (req) => {
    const actor = actorOf(req);
    await inTransaction(ctx.db, (trx) => retryBroadcast(trx, actor, req.params.id));
    return getBroadcast(ctx.db, actor, req.params.id);
  });

  app.get('/api/messaging/broadcasts', { preValidation: readers, schema: { tags, querystring: s.listBroadcastsQuery, response: { 200: s.broadcastPageSchema } } }, async (req) =>
    listBroadcasts(ctx.db, actorOf(req), req.query),
  );

  app.get('/api/messaging/broadcasts/:id', { preValidation: readers, schema: { tags, params: s.idParams, response: { 200: s.broadcastSchema } } }, async (req) =>
    getBroadcast(ctx.db, actorOf(req), req.params.id),
  );

  app.get('/api/messaging/templates', { preValidation: readers, schema: { tags, response: { 200: s.templateListSchema } } }, async (req) => ({
    items: await listMessageTemplates(ctx.db, actorOf(req)),
  }));

  app.put('/api/messaging/templates/:topic', { preValidation: admins, schema: { tags, params: s.topicParams, body: s.putTemplateBody, response: { 200: s.templateListSchema } } }, async (req) => {
    const actor = actorOf(req);
    await inTransaction(ctx.db, (trx) => putMessageTemplate(trx, actor, req.params.topic, req.body));
    return { items: await listMessageTemplates(ctx.db, actor) };
  });

  app.get('/api/messaging/channels', { preValidation: readers, schema: { tags, response: { 200: s.channelStatusSchema } } }, async () => ({
    inApp: { configured: true },
    sms: { configured: smsConfigured(ctx.config), provider: 'aliyun', signName: ctx.config.smsSignName, endpoint: ctx.config.smsEndpoint, ratePerSecond: ctx.config.smsRatePerSecond },
    email: { configured: emailConfigured(ctx.config), from: ctx.config.mailFrom, ratePerSecond: ctx.config.mailRatePerSecond },
  }));

  app.get('/api/messaging/settings', { preValidation: readers, schema: { tags, querystring: s.projectQuery, response: { 200: s.settingsSchema } } }, async (req) =>
    getMessagingSettings(ctx.db, actorOf(req), req.query.projectId),
  );

  app.put('/api/messaging/settings', { preValidation: admins, schema: { tags, body: s.putSettingsBody, response: { 200: s.settingsSchema } } }, async (req) => {
    const actor = actorOf(req);
    return inTransaction(ctx.db, (trx) => putMessagingSettings(trx, actor, req.body));
  });

  app.get('/api/messaging/owners/:ownerId/preferences', { preValidation: readers, schema: { tags, params: s.ownerParams, response: { 200: s.preferencesSchema } } }, async (req) =>
    getOwnerPreferences(ctx.db, actorOf(req), req.params.ownerId),
  );

  app.put('/api/messaging/owners/:ownerId/preferences', { preValidation: senders, schema: { tags, params: s.ownerParams, body: s.putPreferencesBody, response: { 200: s.preferencesSchema } } }, async (req) => {
    const actor = actorOf(req);
    return inTransaction(ctx.db, (trx) => updateOwnerPreferences(trx, actor, req.params.ownerId, req.body));
  });

  app.get('/api/messaging/my-preferences', { preValidation: ownerAccounts, schema: { tags, response: { 200: s.preferencesSchema } } }, async (req) => {
    const actor = actorOf(req);
    return getOwnerPreferences(ctx.db, actor, actor.ownerId ?? '');
  });

  app.put('/api/messaging/my-preferences', { preValidation: ownerAccounts, schema: { tags, body: s.putPreferencesBody, response: { 200: s.preferencesSchema } } }, async (req) => {
    const actor = actorOf(req);
    return inTransaction(ctx.db, (trx) => updateOwnerPreferences(trx, actor, actor.ownerId ?? '', req.body));
  });
}
