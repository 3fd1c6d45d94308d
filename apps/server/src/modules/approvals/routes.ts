import { uuidv7 } from '@guanjia/domain';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { requireRole, requireStaff } from '../../platform/http/access.js';
import { pageOf, pageQuery } from '../../platform/http/paging.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import './messages.js';
import { approveRequest } from './approve-request.js';
import { cancelRequest } from './cancel-request.js';
import { getApprovalChain } from './get-approval-chain.js';
import { listApprovalInbox } from './list-approval-inbox.js';
import { listMyApprovals } from './list-my-approvals.js';
import { loadVisibleRequest } from './load-visible-request.js';
import { presentApprovalDetail } from './present-approval.js';
import { rejectRequest } from './reject-request.js';
import { resubmitForApproval } from './resubmit-for-approval.js';
import {
  approvalDetailSchema,
  approvalIdParams,
  approvalItemSchema,
  approveBody,
  cancelBody,
  chainBody,
  chainSchema,
  documentTypeParams,
  myApprovalsQuery,
  rejectBody,
  resubmitBody,
  submitGenericBody,
} from './schemas.js';
import { setApprovalChain } from './set-approval-chain.js';
import { submitForApproval } from './submit-for-approval.js';

const tags = ['approvals'];
const detail = { 200: approvalDetailSchema };

export async function approvalRoutes(app: App, ctx: AppContext) {
  app.get('/api/approvals/inbox', { schema: { tags, querystring: pageQuery, response: { 200: pageOf(approvalItemSchema) } } }, async (req) =>
    listApprovalInbox(ctx.db, actorOf(req), req.query),
  );

  app.get('/api/approvals/mine', { schema: { tags, querystring: myApprovalsQuery, response: { 200: pageOf(approvalItemSchema) } } }, async (req) =>
    listMyApprovals(ctx.db, actorOf(req), req.query),
  );

  app.get('/api/approvals/:id', { schema: { tags, params: approvalIdParams, response: detail } }, async (req) => {
    const actor = actorOf(req);
    await loadVisibleRequest(ctx.db, actor, req.params.id);
    return presentApprovalDetail(ctx.db, actor, req.params.id);
  });

  // A free-form request (e.g. a purchase or an exception) with no document module behind it.
  app.post('/api/approvals', { schema: { tags, body: submitGenericBody, response: { 201: approvalDetailSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    requireStaff(actor);
    const { documentType, ...input } = req.body;
    const { request, notifications } = await inTransaction(ctx.db, (trx) => submitForApproval(trx, actor, { documentType, documentId: uuidv7(), ...input }));
    publishNotifications(ctx.notifier, notifications);
    return reply.status(201).send(await presentApprovalDetail(ctx.db, actor, request.id));
  });

  app.post('/api/approvals/:id/approve', { schema: { tags, params: approvalIdParams, body: approveBody, response: detail } }, async (req) => {
    const actor = actorOf(req);
    const { request, notifications } = await inTransaction(ctx.db, (trx) => approveRequest(trx, actor, req.params.id, req.body));
    publishNotifications(ctx.notifier, notifications);
    return presentApprovalDetail(ctx.db, actor, request.id);
  });

  app.post('/api/approvals/:id/reject', { schema: { tags, params: approvalIdParams, body: rejectBody, response: detail } }, async (req) => {
    const actor = actorOf(req);
    const { request, notifications } = await inTransaction(ctx.db, (trx) => rejectRequest(trx, actor, req.params.id, req.body));
    publishNotifications(ctx.notifier, notifications);
    return presentApprovalDetail(ctx.db, actor, request.id);
  });

  app.post('/api/approvals/:id/cancel', { schema: { tags, params: approvalIdParams, body: cancelBody, response: detail } }, async (req) => {
    const actor = actorOf(req);
    const { request, notifications } = await inTransaction(ctx.db, (trx) => cancelRequest(trx, actor, req.params.id, req.body));
    publishNotifications(ctx.notifier, notifications);
    return presentApprovalDetail(ctx.db, actor, request.id);
  });

  app.post('/api/approvals/:id/resubmit', { schema: { tags, params: approvalIdParams, body: resubmitBody, response: detail } }, async (req) => {
    const actor = actorOf(req);
    const { request, notifications } = await inTransaction(ctx.db, (trx) => resubmitForApproval(trx, actor, req.params.id, req.body));
    publishNotifications(ctx.notifier, notifications);
    return presentApprovalDetail(ctx.db, actor, request.id);
  });

  app.get('/api/approval-chains/:documentType', { schema: { tags, params: documentTypeParams, response: { 200: chainSchema } } }, async (req) => {
    const actor = actorOf(req);
    requireRole(actor, 'companyAdmin');
    return getApprovalChain(ctx.db, actor.companyId, req.params.documentType);
  });

  app.put('/api/approval-chains/:documentType', { schema: { tags, params: documentTypeParams, body: chainBody, response: { 200: chainSchema } } }, async (req) => {
    const actor = actorOf(req);
    requireRole(actor, 'companyAdmin');
    return inTransaction(ctx.db, (trx) => setApprovalChain(trx, actor, req.params.documentType, req.body));
  });
}
