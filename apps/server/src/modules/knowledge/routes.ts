import { z } from 'zod';
import { CONSULTATION_DESK_ROLES, KNOWLEDGE_EDITOR_ROLES, KNOWLEDGE_VIEWER_ROLES, SALES_RETIRE_ROLES, SERVICE_PUBLISHER_ROLES } from '@guanjia/domain/knowledge/knowledge-flow';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly, staffAccountsOnly } from '../../platform/http/guards.js';
import { pageOf } from '../../platform/http/paging.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import './messages.js';
import { createKnowledgeEntry } from './create-knowledge-entry.js';
import { createKnowledgeVersion } from './create-knowledge-version.js';
import { draftEntryFromDeskLog } from './draft-entry-from-desk-log.js';
import { registerKnowledgeApprovalHook } from './knowledge-approval-hook.js';
import { findVisibleEntry } from './knowledge-access.js';
import { listDeskLog } from './list-desk-log.js';
import { listKnowledgeEntries } from './list-knowledge-entries.js';
import { logDeskQuestion } from './log-desk-question.js';
import { presentDeskLog } from './present-desk-log.js';
import { presentEntryDetail } from './present-knowledge.js';
import { publishKnowledgeVersion } from './publish-knowledge-version.js';
import { rejectKnowledgeVersion } from './reject-knowledge-version.js';
import { retireKnowledgeEntry } from './retire-knowledge-entry.js';
import {
  commentBody,
  createEntryBody,
  createVersionBody,
  deskLogSchema,
  draftFromDeskLogBody,
  entryDetailSchema,
  entrySchema,
  idParams,
  listDeskLogQuery,
  listEntriesQuery,
  logDeskQuestionBody,
  publishBody,
  rejectBody,
  retireBody,
  searchQuery,
  searchResponseSchema,
  updateVersionBody,
  versionSchema,
} from './schemas.js';
import { searchKnowledge } from './search-knowledge.js';
import { submitKnowledgeVersion } from './submit-knowledge-version.js';
import type { KnowledgeTransitionResult } from './transition-knowledge-version.js';
import { updateKnowledgeVersion } from './update-knowledge-version.js';
import { withdrawKnowledgeVersion } from './withdraw-knowledge-version.js';

const tags = ['knowledge'];
const viewers = rolesOnly(...KNOWLEDGE_VIEWER_ROLES);
const editors = rolesOnly(...KNOWLEDGE_EDITOR_ROLES);
const publishers = rolesOnly(...SERVICE_PUBLISHER_ROLES);
const retirers = rolesOnly(...SALES_RETIRE_ROLES, ...SERVICE_PUBLISHER_ROLES);
const deskStaff = rolesOnly(...CONSULTATION_DESK_ROLES);
const detail = { 200: entryDetailSchema };

/** 应知应会 and the consultation desk: the banks, their versions and approval, search, the desk log. */
export async function knowledgeRoutes(app: App, ctx: AppContext) {
  // A sales version's approval request publishes or rejects it in the deciding transaction.
  registerKnowledgeApprovalHook();

  /** A version action: one transaction, notifications after commit, the whole entry back. */
  const versionAction = async (actor: Actor, run: (trx: Tx) => Promise<KnowledgeTransitionResult>) => {
    const result = await inTransaction(ctx.db, run);
    publishNotifications(ctx.notifier, result.notifications);
    return presentEntryDetail(ctx.db, actor, await findVisibleEntry(ctx.db, actor, result.entry.id));
  };

  app.get('/api/knowledge/entries', { preValidation: viewers, schema: { tags, querystring: listEntriesQuery, response: { 200: pageOf(entrySchema) } } }, async (req) =>
    listKnowledgeEntries(ctx.db, actorOf(req), req.query),
  );

  app.post('/api/knowledge/entries', { preValidation: editors, schema: { tags, body: createEntryBody, response: { 201: entryDetailSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const { entry } = await inTransaction(ctx.db, (trx) => createKnowledgeEntry(trx, actor, req.body));
    return reply.status(201).send(await presentEntryDetail(ctx.db, actor, entry));
  });

  app.get('/api/knowledge/entries/:id', { preValidation: viewers, schema: { tags, params: idParams, response: detail } }, async (req) => {
    const actor = actorOf(req);
    return presentEntryDetail(ctx.db, actor, await findVisibleEntry(ctx.db, actor, req.params.id));
  });

  app.get(
    '/api/knowledge/entries/:id/versions',
    { preValidation: viewers, schema: { tags, params: idParams, response: { 200: z.object({ items: z.array(versionSchema) }) } } },
    async (req) => {
      const actor = actorOf(req);
      const entry = await presentEntryDetail(ctx.db, actor, await findVisibleEntry(ctx.db, actor, req.params.id));
      return { items: entry.versions };
    },
  );

  app.post(
    '/api/knowledge/entries/:id/versions',
    { preValidation: editors, schema: { tags, params: idParams, body: createVersionBody, response: { 201: entryDetailSchema } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const version = await inTransaction(ctx.db, (trx) => createKnowledgeVersion(trx, actor, req.params.id, req.body));
      return reply.status(201).send(await presentEntryDetail(ctx.db, actor, await findVisibleEntry(ctx.db, actor, version.entry_id)));
    },
  );

  app.post('/api/knowledge/entries/:id/retire', { preValidation: retirers, schema: { tags, params: idParams, body: retireBody, response: detail } }, async (req) => {
    const actor = actorOf(req);
    return versionAction(actor, (trx) => retireKnowledgeEntry(trx, actor, req.params.id, req.body));
  });

  app.patch('/api/knowledge/versions/:id', { preValidation: editors, schema: { tags, params: idParams, body: updateVersionBody, response: detail } }, async (req) => {
    const actor = actorOf(req);
    const version = await inTransaction(ctx.db, (trx) => updateKnowledgeVersion(trx, actor, req.params.id, req.body));
    return presentEntryDetail(ctx.db, actor, await findVisibleEntry(ctx.db, actor, version.entry_id));
  });

  app.post('/api/knowledge/versions/:id/submit', { preValidation: editors, schema: { tags, params: idParams, body: commentBody, response: detail } }, async (req) => {
    const actor = actorOf(req);
    return versionAction(actor, (trx) => submitKnowledgeVersion(trx, actor, req.params.id, req.body));
  });

  app.post('/api/knowledge/versions/:id/publish', { preValidation: publishers, schema: { tags, params: idParams, body: publishBody, response: detail } }, async (req) => {
    const actor = actorOf(req);
    return versionAction(actor, (trx) => publishKnowledgeVersion(trx, actor, req.params.id, req.body));
  });

  app.post('/api/knowledge/versions/:id/reject', { preValidation: publishers, schema: { tags, params: idParams, body: rejectBody, response: detail } }, async (req) => {
    const actor = actorOf(req);
    return versionAction(actor, (trx) => rejectKnowledgeVersion(trx, actor, req.params.id, req.body));
  });

  app.post('/api/knowledge/versions/:id/withdraw', { preValidation: editors, schema: { tags, params: idParams, body: commentBody, response: detail } }, async (req) => {
    const actor = actorOf(req);
    return versionAction(actor, (trx) => withdrawKnowledgeVersion(trx, actor, req.params.id, req.body));
  });

  app.get('/api/knowledge/search', { preValidation: staffAccountsOnly, schema: { tags, querystring: searchQuery, response: { 200: searchResponseSchema } } }, async (req) =>
    searchKnowledge(ctx.db, actorOf(req), req.query),
  );

  app.post('/api/knowledge/desk-log', { preValidation: deskStaff, schema: { tags, body: logDeskQuestionBody, response: { 201: deskLogSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await inTransaction(ctx.db, (trx) => logDeskQuestion(trx, actor, req.body));
    return reply.status(201).send(await presentDeskLog(ctx.db, row));
  });

  app.get('/api/knowledge/desk-log', { preValidation: deskStaff, schema: { tags, querystring: listDeskLogQuery, response: { 200: pageOf(deskLogSchema) } } }, async (req) =>
    listDeskLog(ctx.db, actorOf(req), req.query),
  );

  app.post(
    '/api/knowledge/desk-log/:id/draft',
    { preValidation: editors, schema: { tags, params: idParams, body: draftFromDeskLogBody, response: { 201: entryDetailSchema } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const entry = await inTransaction(ctx.db, (trx) => draftEntryFromDeskLog(trx, actor, req.params.id, req.body));
      return reply.status(201).send(await presentEntryDetail(ctx.db, actor, entry));
    },
  );
}
