import { SALES_MEETING_READER_ROLES, SALES_MEETING_RECORDER_ROLES } from '@guanjia/domain/sales-site/meeting-issue-flow';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import './messages.js';
import { getSalesMeeting } from './get-sales-meeting.js';
import { listIssueOwnerCandidates } from './list-issue-owner-candidates.js';
import { getMeetingIssue, listMeetingIssues } from './list-meeting-issues.js';
import { listSalesMeetings } from './list-sales-meetings.js';
import { presentIssue, presentIssueDetail, presentMeeting, presentMeetingSummary } from './present-sales-meeting.js';
import { raiseMeetingIssue } from './raise-meeting-issue.js';
import { recordSalesMeeting } from './record-sales-meeting.js';
import {
  idParams,
  issueActionBody,
  issueActionParams,
  issueDetailSchema,
  issueInput,
  issuePageSchema,
  ownerCandidatesSchema,
  listIssuesQuery,
  listMeetingsQuery,
  meetingPageSchema,
  meetingSchema,
  projectParams,
  recordMeetingBody,
  updateIssueBody,
  updateMeetingBody,
} from './schemas.js';
import { transitionMeetingIssue } from './transition-meeting-issue.js';
import { updateMeetingIssue } from './update-meeting-issue.js';
import { updateSalesMeeting } from './update-sales-meeting.js';

const tags = ['sales-meetings'];
const readers = rolesOnly(...SALES_MEETING_READER_ROLES);
const recorders = rolesOnly(...SALES_MEETING_RECORDER_ROLES);

/** 销售工作例会: the meetings the butler attends and the issues raised there, followed until closed. */
export async function salesMeetingRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/projects/:projectId/sales-meetings',
    { preValidation: readers, schema: { tags, params: projectParams, querystring: listMeetingsQuery, response: { 200: meetingPageSchema } } },
    async (req) => {
      const page = await listSalesMeetings(ctx.db, actorOf(req), req.params.projectId, req.query);
      return { ...page, items: page.items.map(presentMeetingSummary) };
    },
  );

  app.post(
    '/api/projects/:projectId/sales-meetings',
    { preValidation: recorders, schema: { tags, params: projectParams, body: recordMeetingBody, response: { 201: meetingSchema } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const recorded = await inTransaction(ctx.db, (trx) => recordSalesMeeting(trx, actor, req.params.projectId, req.body));
      publishNotifications(ctx.notifier, recorded.notifications);
      return reply.status(201).send(presentMeeting(await getSalesMeeting(ctx.db, actor, recorded.meeting.id), actor));
    },
  );

  app.get('/api/sales-meetings/:id', { preValidation: readers, schema: { tags, params: idParams, response: { 200: meetingSchema } } }, async (req) => {
    const actor = actorOf(req);
    return presentMeeting(await getSalesMeeting(ctx.db, actor, req.params.id), actor);
  });

  app.patch(
    '/api/sales-meetings/:id',
    { preValidation: recorders, schema: { tags, params: idParams, body: updateMeetingBody, response: { 200: meetingSchema } } },
    async (req) => {
      const actor = actorOf(req);
      const meeting = await inTransaction(ctx.db, (trx) => updateSalesMeeting(trx, actor, req.params.id, req.body));
      return presentMeeting(await getSalesMeeting(ctx.db, actor, meeting.id), actor);
    },
  );

  app.post(
    '/api/sales-meetings/:id/issues',
    { preValidation: recorders, schema: { tags, params: idParams, body: issueInput, response: { 201: issueDetailSchema } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const raised = await inTransaction(ctx.db, (trx) => raiseMeetingIssue(trx, actor, req.params.id, req.body));
      publishNotifications(ctx.notifier, raised.notifications);
      return reply.status(201).send(presentIssueDetail(await getMeetingIssue(ctx.db, actor, raised.issue.id), actor));
    },
  );

  app.get(
    '/api/projects/:projectId/sales-meeting-issues',
    { preValidation: readers, schema: { tags, params: projectParams, querystring: listIssuesQuery, response: { 200: issuePageSchema } } },
    async (req) => {
      const actor = actorOf(req);
      const page = await listMeetingIssues(ctx.db, actor, req.params.projectId, req.query);
      return { ...page, items: page.items.map((i) => presentIssue(i, actor)) };
    },
  );

  app.get(
    '/api/projects/:projectId/sales-meeting-owners',
    { preValidation: readers, schema: { tags, params: projectParams, response: { 200: ownerCandidatesSchema } } },
    async (req) => ({ items: await listIssueOwnerCandidates(ctx.db, actorOf(req), req.params.projectId) }),
  );

  app.get('/api/sales-meeting-issues/:id', { preValidation: readers, schema: { tags, params: idParams, response: { 200: issueDetailSchema } } }, async (req) => {
    const actor = actorOf(req);
    return presentIssueDetail(await getMeetingIssue(ctx.db, actor, req.params.id), actor);
  });

  app.patch(
    '/api/sales-meeting-issues/:id',
    { preValidation: recorders, schema: { tags, params: idParams, body: updateIssueBody, response: { 200: issueDetailSchema } } },
    async (req) => {
      const actor = actorOf(req);
      const issue = await inTransaction(ctx.db, (trx) => updateMeetingIssue(trx, actor, req.params.id, req.body));
      return presentIssueDetail(await getMeetingIssue(ctx.db, actor, issue.id), actor);
    },
  );

  // Any reader reaches the use case: the issue's owner on the sales side may report progress (403 for others there).
  app.post(
    '/api/sales-meeting-issues/:id/:action',
    { preValidation: readers, schema: { tags, params: issueActionParams, body: issueActionBody, response: { 200: issueDetailSchema } } },
    async (req) => {
      const actor = actorOf(req);
      const issue = await inTransaction(ctx.db, (trx) => transitionMeetingIssue(trx, actor, req.params.id, req.params.action, req.body));
      return presentIssueDetail(await getMeetingIssue(ctx.db, actor, issue.id), actor);
    },
  );
}
