import { DUTY_EDITOR_ROLES } from '@guanjia/domain/sales-channel/duties';
import { z } from 'zod';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import './messages.js';
import { acknowledgeChannelItem } from './acknowledge-channel-item.js';
import { namesOf } from './channel-access.js';
import { createDuty } from './create-duty.js';
import { getChannelItem, readChannelItem } from './get-channel-item.js';
import { getDuty } from './get-duty.js';
import { listChannelItems } from './list-channel-items.js';
import { listChannelPeople } from './list-channel-people.js';
import { listDuties } from './list-duties.js';
import { loadSeedDuties } from './load-seed-duties.js';
import { meetingRoutes } from './meeting-routes.js';
import { postChannelItem } from './post-channel-item.js';
import { presentDuty } from './present-duty.js';
import { removeDuty } from './remove-duty.js';
import { channelMembers, tags } from './route-guards.js';
import {
  acknowledgeBody,
  createDutyBody,
  dutyDetailSchema,
  dutyListSchema,
  dutySchema,
  idParams,
  itemDetailSchema,
  itemPageSchema,
  listItemsQuery,
  peopleSchema,
  postItemBody,
  projectQuery,
  removeDutyBody,
  updateDutyBody,
  updateItemBody,
} from './schemas.js';
import { suggestionRoutes } from './suggestion-routes.js';
import { updateChannelItem } from './update-channel-item.js';
import { updateDuty } from './update-duty.js';

const dutyEditors = rolesOnly(...DUTY_EDITOR_ROLES);
const dutiesQuery = projectQuery.extend({ includeRemoved: z.enum(['true', 'false']).optional() });

/** 物业管理配合销售: the channel between a project's property side and its sales side. */
export async function salesChannelRoutes(app: App, ctx: AppContext) {
  // 信息共享
  app.get('/api/sales-channel/items', { preValidation: channelMembers, schema: { tags, querystring: listItemsQuery, response: { 200: itemPageSchema } } }, async (req) =>
    listChannelItems(ctx.db, actorOf(req), req.query),
  );

  app.post('/api/sales-channel/items', { preValidation: channelMembers, schema: { tags, body: postItemBody, response: { 201: itemDetailSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const posted = await inTransaction(ctx.db, (trx) => postChannelItem(trx, actor, req.body));
    publishNotifications(ctx.notifier, posted.notifications);
    return reply.status(201).send(await readChannelItem(ctx.db, actor, posted.item));
  });

  app.get('/api/sales-channel/items/:id', { preValidation: channelMembers, schema: { tags, params: idParams, response: { 200: itemDetailSchema } } }, async (req) =>
    getChannelItem(ctx.db, actorOf(req), req.params.id),
  );

  app.patch('/api/sales-channel/items/:id', { preValidation: channelMembers, schema: { tags, params: idParams, body: updateItemBody, response: { 200: itemDetailSchema } } }, async (req) => {
    const actor = actorOf(req);
    const changed = await inTransaction(ctx.db, (trx) => updateChannelItem(trx, actor, req.params.id, req.body));
    publishNotifications(ctx.notifier, changed.notifications);
    return readChannelItem(ctx.db, actor, changed.item);
  });

  app.post(
    '/api/sales-channel/items/:id/acknowledge',
    { preValidation: channelMembers, schema: { tags, params: idParams, body: acknowledgeBody, response: { 200: itemDetailSchema } } },
    async (req) => {
      const actor = actorOf(req);
      const done = await inTransaction(ctx.db, (trx) => acknowledgeChannelItem(trx, actor, req.params.id, req.body));
      publishNotifications(ctx.notifier, done.notifications);
      return readChannelItem(ctx.db, actor, done.item);
    },
  );

  // 职责分工
  app.get('/api/sales-channel/duties', { preValidation: channelMembers, schema: { tags, querystring: dutiesQuery, response: { 200: dutyListSchema } } }, async (req) =>
    listDuties(ctx.db, actorOf(req), req.query.projectId, req.query.includeRemoved === 'true'),
  );

  app.post('/api/sales-channel/duties', { preValidation: dutyEditors, schema: { tags, body: createDutyBody, response: { 201: dutySchema } } }, async (req, reply) => {
    const duty = await inTransaction(ctx.db, (trx) => createDuty(trx, actorOf(req), req.body));
    return reply.status(201).send(presentDuty(duty, await namesOf(ctx.db, [duty.updated_by])));
  });

  app.post('/api/sales-channel/duties/seed', { preValidation: dutyEditors, schema: { tags, body: projectQuery, response: { 201: dutyListSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    await inTransaction(ctx.db, (trx) => loadSeedDuties(trx, actor, req.body.projectId));
    return reply.status(201).send(await listDuties(ctx.db, actor, req.body.projectId));
  });

  app.get('/api/sales-channel/duties/:id', { preValidation: channelMembers, schema: { tags, params: idParams, response: { 200: dutyDetailSchema } } }, async (req) =>
    getDuty(ctx.db, actorOf(req), req.params.id),
  );

  app.patch('/api/sales-channel/duties/:id', { preValidation: dutyEditors, schema: { tags, params: idParams, body: updateDutyBody, response: { 200: dutySchema } } }, async (req) => {
    const duty = await inTransaction(ctx.db, (trx) => updateDuty(trx, actorOf(req), req.params.id, req.body));
    return presentDuty(duty, await namesOf(ctx.db, [duty.updated_by]));
  });

  app.post('/api/sales-channel/duties/:id/remove', { preValidation: dutyEditors, schema: { tags, params: idParams, body: removeDutyBody, response: { 200: dutySchema } } }, async (req) => {
    const duty = await inTransaction(ctx.db, (trx) => removeDuty(trx, actorOf(req), req.params.id, req.body));
    return presentDuty(duty, await namesOf(ctx.db, [duty.updated_by]));
  });

  // The people of both teams: attendees and owners of action items are chosen from them.
  app.get('/api/sales-channel/people', { preValidation: channelMembers, schema: { tags, querystring: projectQuery, response: { 200: peopleSchema } } }, async (req) => ({
    items: (await listChannelPeople(ctx.db, actorOf(req), req.query.projectId)).map(({ id, name, side }) => ({ id, name, side })),
  }));

  await suggestionRoutes(app, ctx);
  await meetingRoutes(app, ctx);
}
