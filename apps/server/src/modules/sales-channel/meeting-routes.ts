import { JOINT_MEETING_EDITOR_ROLES } from '@guanjia/domain/sales-channel/joint-meeting-flow';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import { addActionItem } from './add-action-item.js';
import { getJointMeeting } from './get-joint-meeting.js';
import { getMeetingCadence } from './get-meeting-cadence.js';
import { listActionItems } from './list-action-items.js';
import { listJointMeetings } from './list-joint-meetings.js';
import {
  actionItemActionParams,
  actionItemInput,
  actionItemPageSchema,
  actionItemStepBody,
  listActionItemsQuery,
  listMeetingsQuery,
  meetingActionBody,
  meetingActionParams,
  meetingDetailSchema,
  meetingPageSchema,
  scheduleMeetingBody,
  updateActionItemBody,
  updateMeetingBody,
} from './meeting-schemas.js';
import { channelMembers, tags } from './route-guards.js';
import { scheduleJointMeeting } from './schedule-joint-meeting.js';
import { cadenceBody, cadenceSchema, idParams, projectQuery } from './schemas.js';
import { setMeetingCadence } from './set-meeting-cadence.js';
import { transitionActionItem } from './transition-action-item.js';
import { transitionJointMeeting } from './transition-joint-meeting.js';
import { updateActionItem } from './update-action-item.js';
import { updateJointMeeting } from './update-joint-meeting.js';

const editors = rolesOnly(...JOINT_MEETING_EDITOR_ROLES);

/** 联席会议: meetings of both teams, their minutes, action items and the meeting rhythm. */
export async function meetingRoutes(app: App, ctx: AppContext) {
  app.get('/api/sales-channel/meetings', { preValidation: channelMembers, schema: { tags, querystring: listMeetingsQuery, response: { 200: meetingPageSchema } } }, async (req) =>
    listJointMeetings(ctx.db, actorOf(req), req.query),
  );

  app.post('/api/sales-channel/meetings', { preValidation: editors, schema: { tags, body: scheduleMeetingBody, response: { 201: meetingDetailSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const scheduled = await inTransaction(ctx.db, (trx) => scheduleJointMeeting(trx, actor, req.body));
    publishNotifications(ctx.notifier, scheduled.notifications);
    return reply.status(201).send(await getJointMeeting(ctx.db, actor, scheduled.meeting.id));
  });

  app.get('/api/sales-channel/meetings/:id', { preValidation: channelMembers, schema: { tags, params: idParams, response: { 200: meetingDetailSchema } } }, async (req) =>
    getJointMeeting(ctx.db, actorOf(req), req.params.id),
  );

  app.patch('/api/sales-channel/meetings/:id', { preValidation: editors, schema: { tags, params: idParams, body: updateMeetingBody, response: { 200: meetingDetailSchema } } }, async (req) => {
    const actor = actorOf(req);
    const meeting = await inTransaction(ctx.db, (trx) => updateJointMeeting(trx, actor, req.params.id, req.body));
    return getJointMeeting(ctx.db, actor, meeting.id);
  });

  app.post(
    '/api/sales-channel/meetings/:id/:action',
    { preValidation: editors, schema: { tags, params: meetingActionParams, body: meetingActionBody, response: { 200: meetingDetailSchema } } },
    async (req) => {
      const actor = actorOf(req);
      const step = await inTransaction(ctx.db, (trx) => transitionJointMeeting(trx, actor, req.params.id, req.params.action, req.body));
      publishNotifications(ctx.notifier, step.notifications);
      return getJointMeeting(ctx.db, actor, step.meeting.id);
    },
  );

  app.post(
    '/api/sales-channel/meetings/:id/action-items',
    { preValidation: editors, schema: { tags, params: idParams, body: actionItemInput, response: { 201: meetingDetailSchema } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const added = await inTransaction(ctx.db, (trx) => addActionItem(trx, actor, req.params.id, req.body));
      publishNotifications(ctx.notifier, added.notifications);
      return reply.status(201).send(await getJointMeeting(ctx.db, actor, req.params.id));
    },
  );

  app.get('/api/sales-channel/action-items', { preValidation: channelMembers, schema: { tags, querystring: listActionItemsQuery, response: { 200: actionItemPageSchema } } }, async (req) =>
    listActionItems(ctx.db, actorOf(req), req.query),
  );

  app.patch(
    '/api/sales-channel/action-items/:id',
    { preValidation: editors, schema: { tags, params: idParams, body: updateActionItemBody, response: { 200: meetingDetailSchema } } },
    async (req) => {
      const actor = actorOf(req);
      const item = await inTransaction(ctx.db, (trx) => updateActionItem(trx, actor, req.params.id, req.body));
      return getJointMeeting(ctx.db, actor, item.meeting_id);
    },
  );

  app.post(
    '/api/sales-channel/action-items/:id/:action',
    { preValidation: channelMembers, schema: { tags, params: actionItemActionParams, body: actionItemStepBody, response: { 200: meetingDetailSchema } } },
    async (req) => {
      const actor = actorOf(req);
      const item = await inTransaction(ctx.db, (trx) => transitionActionItem(trx, actor, req.params.id, req.params.action, req.body));
      return getJointMeeting(ctx.db, actor, item.meeting_id);
    },
  );

  app.get('/api/sales-channel/cadence', { preValidation: channelMembers, schema: { tags, querystring: projectQuery, response: { 200: cadenceSchema } } }, async (req) =>
    getMeetingCadence(ctx.db, actorOf(req), req.query.projectId),
  );

  app.put('/api/sales-channel/cadence', { preValidation: editors, schema: { tags, body: cadenceBody, response: { 200: cadenceSchema } } }, async (req) => {
    const actor = actorOf(req);
    await inTransaction(ctx.db, (trx) => setMeetingCadence(trx, actor, req.body));
    return getMeetingCadence(ctx.db, actor, req.body.projectId);
  });
}
