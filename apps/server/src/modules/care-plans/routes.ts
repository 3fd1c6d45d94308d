import { CARE_RULE_EDITOR_ROLES, CARE_STAFF_ROLES } from '@guanjia/domain/care-plans/index';
import { z } from 'zod';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import type { Locale } from '../../platform/http/i18n.js';
import './messages.js';
import { acceptCareSuggestion } from './accept-care-suggestion.js';
import { createCareRule } from './create-care-rule.js';
import { declineCareSuggestion } from './decline-care-suggestion.js';
import { listCarePlans } from './list-care-plans.js';
import { listCareRules } from './list-care-rules.js';
import { listCareSuggestions } from './list-care-suggestions.js';
import { presentCarePlans, presentCareRules, presentCareSuggestions } from './present-care.js';
import { reconsiderCareSuggestion } from './reconsider-care-suggestion.js';
import { refreshHouseholdCare } from './refresh-household-care.js';
import {
  acceptSuggestionBody,
  adjustSuggestionBody,
  careRuleListSchema,
  careRuleSchema,
  carePlanPageSchema,
  carePlanSchema,
  careSuggestionPageSchema,
  careSuggestionSchema,
  createCareRuleBody,
  declineSuggestionBody,
  idParams,
  listPlansQuery,
  listSuggestionsQuery,
  planActionParams,
  projectQuery,
  refreshBody,
  updateCareRuleBody,
  versionBody,
} from './schemas.js';
import { transitionCarePlan } from './transition-care-plan.js';
import { updateCareRule } from './update-care-rule.js';

const tags = ['care-plans'];
const staff = rolesOnly(...CARE_STAFF_ROLES);
const editors = rolesOnly(...CARE_RULE_EDITOR_ROLES);
const acceptedSchema = z.object({ suggestion: careSuggestionSchema, plan: carePlanSchema });

/** 个性化关怀: rules over the service profile, the suggestions they make per household, and the recurring plans accepted from them. */
export async function carePlanRoutes(app: App, ctx: AppContext) {
  // ---- rules
  app.get('/api/care-rules', { preValidation: staff, schema: { tags, querystring: projectQuery, response: { 200: careRuleListSchema } } }, async (req) => {
    const actor = actorOf(req);
    const rows = await inTransaction(ctx.db, (trx) => listCareRules(trx, actor, req.query.projectId));
    return { items: await presentCareRules(ctx.db, actor, rows) };
  });

  app.post('/api/care-rules', { preValidation: editors, schema: { tags, body: createCareRuleBody, response: { 201: careRuleSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await inTransaction(ctx.db, (trx) => createCareRule(trx, actor, req.body));
    return reply.status(201).send((await presentCareRules(ctx.db, actor, [row]))[0]);
  });

  app.put('/api/care-rules/:id', { preValidation: editors, schema: { tags, params: idParams, body: updateCareRuleBody, response: { 200: careRuleSchema } } }, async (req) => {
    const actor = actorOf(req);
    const row = await inTransaction(ctx.db, (trx) => updateCareRule(trx, actor, req.params.id, req.body));
    return (await presentCareRules(ctx.db, actor, [row]))[0];
  });

  // ---- suggestions
  app.get('/api/care-suggestions', { preValidation: staff, schema: { tags, querystring: listSuggestionsQuery, response: { 200: careSuggestionPageSchema } } }, async (req) => {
    const page = await listCareSuggestions(ctx.db, actorOf(req), req.query);
    return { ...page, items: await presentCareSuggestions(ctx.db, page.items) };
  });

  app.post('/api/care-suggestions/refresh', { preValidation: staff, schema: { tags, body: refreshBody } }, async (req) =>
    inTransaction(ctx.db, (trx) => refreshHouseholdCare(trx, actorOf(req), req.body.householdId)),
  );

  const accepted = async (locale: Locale, r: Awaited<ReturnType<typeof acceptCareSuggestion>>) => ({
    suggestion: (await presentCareSuggestions(ctx.db, [r.suggestion]))[0]!,
    plan: (await presentCarePlans(ctx.db, locale, [r.plan]))[0]!,
  });

  app.post('/api/care-suggestions/:id/accept', { preValidation: staff, schema: { tags, params: idParams, body: acceptSuggestionBody, response: { 200: acceptedSchema } } }, async (req) => {
    const r = await inTransaction(ctx.db, (trx) => acceptCareSuggestion(trx, actorOf(req), req.params.id, req.body));
    return accepted(req.locale, r);
  });

  app.post('/api/care-suggestions/:id/adjust', { preValidation: staff, schema: { tags, params: idParams, body: adjustSuggestionBody, response: { 200: acceptedSchema } } }, async (req) => {
    const { version, startOn, assigneeDepartmentId, assigneeUserId, ...changes } = req.body;
    const r = await inTransaction(ctx.db, (trx) => acceptCareSuggestion(trx, actorOf(req), req.params.id, { version, startOn, assigneeDepartmentId, assigneeUserId, changes }));
    return accepted(req.locale, r);
  });

  app.post('/api/care-suggestions/:id/decline', { preValidation: staff, schema: { tags, params: idParams, body: declineSuggestionBody, response: { 200: careSuggestionSchema } } }, async (req) => {
    const row = await inTransaction(ctx.db, (trx) => declineCareSuggestion(trx, actorOf(req), req.params.id, req.body));
    return (await presentCareSuggestions(ctx.db, [row]))[0];
  });

  app.post('/api/care-suggestions/:id/reconsider', { preValidation: staff, schema: { tags, params: idParams, body: versionBody, response: { 200: careSuggestionSchema } } }, async (req) => {
    const row = await inTransaction(ctx.db, (trx) => reconsiderCareSuggestion(trx, actorOf(req), req.params.id, req.body));
    return (await presentCareSuggestions(ctx.db, [row]))[0];
  });

  // ---- plans
  app.get('/api/care-plans', { preValidation: staff, schema: { tags, querystring: listPlansQuery, response: { 200: carePlanPageSchema } } }, async (req) => {
    const page = await listCarePlans(ctx.db, actorOf(req), req.query);
    return { ...page, items: await presentCarePlans(ctx.db, req.locale, page.items) };
  });

  app.post('/api/care-plans/:id/:action', { preValidation: staff, schema: { tags, params: planActionParams, body: versionBody, response: { 200: carePlanSchema } } }, async (req) => {
    const row = await inTransaction(ctx.db, (trx) => transitionCarePlan(trx, actorOf(req), req.params.id, req.params.action, req.body));
    return (await presentCarePlans(ctx.db, req.locale, [row]))[0];
  });
}
