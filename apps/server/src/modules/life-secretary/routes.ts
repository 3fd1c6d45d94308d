import { GREETING_ADMIN_ROLES, LIFE_SECRETARY_READER_ROLES, LIFE_SECRETARY_WRITER_ROLES } from '@guanjia/domain/life-secretary/index';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import './messages.js';
import { cancelWakeUpCall } from './cancel-wake-up-call.js';
import { createWakeUpCall } from './create-wake-up-call.js';
import { getLifeSecretarySettings } from './life-secretary-settings.js';
import { listGreetingSends } from './list-greeting-sends.js';
import { listMessageRelays, listMyMessageRelays, presentMessageRelays } from './list-message-relays.js';
import { listMyWakeUpCalls, listWakeUpCalls, presentWakeUpCalls } from './list-wake-up-calls.js';
import { previewGreetings } from './preview-greetings.js';
import { recordMessageRelay } from './record-message-relay.js';
import * as s from './schemas.js';
import { transitionMessageRelay } from './transition-message-relay.js';
import { updateLifeSecretarySettings } from './update-life-secretary-settings.js';

const tags = ['life-secretary'];
const h5 = ['life-secretary', 'h5'];
const readers = rolesOnly(...LIFE_SECRETARY_READER_ROLES);
const writers = rolesOnly(...LIFE_SECRETARY_WRITER_ROLES);
const greetingAdmins = rolesOnly(...GREETING_ADMIN_ROLES);
const owners = rolesOnly('owner');

/** 生活秘书服务: 定时叫醒, 留言转达, 节日问候 and 生日祝贺, on the messaging outbox; staff pages and the owner's phone. */
export async function lifeSecretaryRoutes(app: App, ctx: AppContext) {
  const oneWakeUp = async (id: string) => (await presentWakeUpCalls(ctx.db, [await ctx.db.selectFrom('wake_up_calls').selectAll().where('id', '=', id).executeTakeFirstOrThrow()]))[0]!;
  const oneRelay = async (actor: ReturnType<typeof actorOf>, id: string) =>
    (await presentMessageRelays(ctx.db, actor, [await ctx.db.selectFrom('message_relays').selectAll().where('id', '=', id).executeTakeFirstOrThrow()]))[0]!;

  // 定时叫醒 (staff)
  app.get('/api/life-secretary/wake-up-calls', { preValidation: readers, schema: { tags, querystring: s.listWakeUpQuery, response: { 200: s.wakeUpPageSchema } } }, async (req) => {
    const page = await listWakeUpCalls(ctx.db, actorOf(req), req.query);
    return { ...page, items: await presentWakeUpCalls(ctx.db, page.items) };
  });
  app.post('/api/life-secretary/wake-up-calls', { preValidation: writers, schema: { tags, body: s.createWakeUpBody, response: { 201: s.wakeUpSchema } } }, async (req, reply) => {
    const row = await inTransaction(ctx.db, (trx) => createWakeUpCall(trx, actorOf(req), req.body));
    return reply.status(201).send(await oneWakeUp(row.id));
  });
  app.post('/api/life-secretary/wake-up-calls/:id/cancel', { preValidation: writers, schema: { tags, params: s.idParams, response: { 200: s.wakeUpSchema } } }, async (req) => {
    const row = await inTransaction(ctx.db, (trx) => cancelWakeUpCall(trx, actorOf(req), req.params.id));
    return oneWakeUp(row.id);
  });

  // 留言转达 (staff)
  app.get('/api/life-secretary/relays', { preValidation: readers, schema: { tags, querystring: s.listRelayQuery, response: { 200: s.relayPageSchema } } }, async (req) => {
    const actor = actorOf(req);
    const page = await listMessageRelays(ctx.db, actor, req.query);
    return { ...page, items: await presentMessageRelays(ctx.db, actor, page.items) };
  });
  app.post('/api/life-secretary/relays', { preValidation: writers, schema: { tags, body: s.recordRelayBody, response: { 201: s.relaySchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await inTransaction(ctx.db, (trx) => recordMessageRelay(trx, actor, req.body));
    return reply.status(201).send(await oneRelay(actor, row.id));
  });
  for (const action of ['confirmByCall', 'cancel'] as const) {
    const path = action === 'cancel' ? 'cancel' : 'confirm';
    app.post(`/api/life-secretary/relays/:id/${path}`, { preValidation: writers, schema: { tags, params: s.idParams, body: s.relayActionBody, response: { 200: s.relaySchema } } }, async (req) => {
      const actor = actorOf(req);
      const row = await inTransaction(ctx.db, (trx) => transitionMessageRelay(trx, actor, req.params.id, action, req.body?.version));
      return oneRelay(actor, row.id);
    });
  }

  // 节日问候 / 生日祝贺
  app.get('/api/life-secretary/settings', { preValidation: readers, schema: { tags, querystring: s.projectQuery, response: { 200: s.settingsSchema } } }, async (req) =>
    getLifeSecretarySettings(ctx.db, actorOf(req), req.query.projectId),
  );
  app.put('/api/life-secretary/settings', { preValidation: greetingAdmins, schema: { tags, body: s.putSettingsBody, response: { 200: s.settingsSchema } } }, async (req) =>
    inTransaction(ctx.db, (trx) => updateLifeSecretarySettings(trx, actorOf(req), req.body)),
  );
  app.get('/api/life-secretary/greetings/preview', { preValidation: readers, schema: { tags, querystring: s.projectQuery, response: { 200: s.previewSchema } } }, async (req) =>
    previewGreetings(ctx.db, actorOf(req), req.query.projectId, req.locale),
  );
  app.get('/api/life-secretary/greetings/sent', { preValidation: readers, schema: { tags, querystring: s.sentQuery, response: { 200: s.greetingSendPageSchema } } }, async (req) =>
    listGreetingSends(ctx.db, actorOf(req), req.query, req.locale),
  );

  // The owner's phone (/h5/messages): my wake-up calls and the messages left for me.
  app.get('/api/h5/life-secretary/wake-up-calls', { preValidation: owners, schema: { tags: h5, querystring: s.myListQuery, response: { 200: s.wakeUpPageSchema } } }, async (req) => {
    const page = await listMyWakeUpCalls(ctx.db, actorOf(req), req.query);
    return { ...page, items: await presentWakeUpCalls(ctx.db, page.items) };
  });
  app.post('/api/h5/life-secretary/wake-up-calls', { preValidation: owners, schema: { tags: h5, body: s.createMyWakeUpBody, response: { 201: s.wakeUpSchema } } }, async (req, reply) => {
    const row = await inTransaction(ctx.db, (trx) => createWakeUpCall(trx, actorOf(req), req.body));
    return reply.status(201).send(await oneWakeUp(row.id));
  });
  app.post('/api/h5/life-secretary/wake-up-calls/:id/cancel', { preValidation: owners, schema: { tags: h5, params: s.idParams, response: { 200: s.wakeUpSchema } } }, async (req) => {
    const row = await inTransaction(ctx.db, (trx) => cancelWakeUpCall(trx, actorOf(req), req.params.id));
    return oneWakeUp(row.id);
  });
  app.get('/api/h5/life-secretary/relays', { preValidation: owners, schema: { tags: h5, querystring: s.myListQuery, response: { 200: s.relayPageSchema } } }, async (req) => {
    const actor = actorOf(req);
    const page = await listMyMessageRelays(ctx.db, actor, req.query);
    return { ...page, items: await presentMessageRelays(ctx.db, actor, page.items) };
  });
  app.post('/api/h5/life-secretary/relays/:id/confirm', { preValidation: owners, schema: { tags: h5, params: s.idParams, body: s.relayActionBody, response: { 200: s.relaySchema } } }, async (req) => {
    const actor = actorOf(req);
    const row = await inTransaction(ctx.db, (trx) => transitionMessageRelay(trx, actor, req.params.id, 'confirm', req.body?.version));
    return oneRelay(actor, row.id);
  });
}
