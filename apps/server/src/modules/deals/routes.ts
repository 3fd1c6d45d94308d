import { DEAL_CANCELLER_ROLES, DEAL_EDITOR_ROLES, DEAL_RECORDER_ROLES, DEAL_WEBHOOK_ADMIN_ROLES, ONBOARDING_ROLES } from '@guanjia/domain/deals/index';
import type { FastifyRequest } from 'fastify';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { rolesOnly } from '../../platform/http/guards.js';
import { receiveXlsx } from '../../platform/http/upload.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import './messages.js';
import { assignDealButler } from './assign-deal-butler.js';
import { buildDealTemplate } from './build-deal-template.js';
import { cancelDeal } from './cancel-deal.js';
import { loadVisibleDeal } from './deal-access.js';
import { getDealWebhookStatus, rotateDealWebhookSecret } from './deal-webhook-secret.js';
import { importDeals } from './import-deals.js';
import { dealImportInvalidError } from './import-invalid-error.js';
import { listDeals, readDeal } from './list-deals.js';
import { listProjectButlers } from './list-project-butlers.js';
import { presentDeal, presentDealDetail } from './present-deal.js';
import { readDealSheet } from './read-deal-sheet.js';
import { recordDeal } from './record-deal.js';
import {
  assignButlerBody,
  butlerListSchema,
  cancelDealBody,
  dealDetailSchema,
  dealPageSchema,
  idParams,
  importResultSchema,
  itemParams,
  listDealsQuery,
  onboardingItemBody,
  projectParams,
  recordDealBody,
  updateDealBody,
  webhookSecretSchema,
  webhookStatusSchema,
} from './schemas.js';
import { updateDeal } from './update-deal.js';
import { updateOnboardingItem } from './update-onboarding-item.js';
import { dealWebhookRoutes } from './webhook-routes.js';

const tags = ['deals'];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const recorders = rolesOnly(...DEAL_RECORDER_ROLES);
const cancellers = rolesOnly(...DEAL_CANCELLER_ROLES);
const editors = rolesOnly(...DEAL_EDITOR_ROLES);
const onboarders = rolesOnly(...ONBOARDING_ROLES);
const webhookAdmins = rolesOnly(...DEAL_WEBHOOK_ADMIN_ROLES);

/** 成交信息: deals from the sales side become owners, households and the butler's onboarding checklist. */
export async function dealRoutes(app: App, ctx: AppContext) {
  const detail = async (id: string, req: FastifyRequest) => presentDealDetail(ctx.db, await readDeal(ctx.db, id), actorOf(req), req.locale);

  app.get('/api/projects/:projectId/deals', { preValidation: recorders, schema: { tags, params: projectParams, querystring: listDealsQuery, response: { 200: dealPageSchema } } }, async (req) => {
    const actor = actorOf(req);
    const page = await listDeals(ctx.db, actor, req.params.projectId, req.query);
    return { ...page, items: page.items.map((r) => presentDeal(r, actor)) };
  });

  app.post('/api/projects/:projectId/deals', { preValidation: recorders, schema: { tags, params: projectParams, body: recordDealBody, response: { 201: dealDetailSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const { projectId } = req.params;
    assertProjectVisible(actor, projectId, 'entity.project');
    const { deal, notifications } = await inTransaction(ctx.db, (trx) => recordDeal(trx, { actor, companyId: actor.companyId, projectId, source: 'web', mode: 'create' }, req.body));
    publishNotifications(ctx.notifier, notifications);
    return reply.status(201).send(await detail(deal.id, req));
  });

  app.get('/api/projects/:projectId/deal-butlers', { preValidation: recorders, schema: { tags, params: projectParams, response: { 200: butlerListSchema } } }, async (req) => {
    const actor = actorOf(req);
    assertProjectVisible(actor, req.params.projectId, 'entity.project');
    return { items: await listProjectButlers(ctx.db, req.params.projectId) };
  });

  app.get('/api/deals/import-template', { preValidation: recorders, schema: { tags, summary: 'Excel template for the deal import (.xlsx download)' } }, async (req, reply) =>
    reply.type(XLSX_TYPE).header('content-disposition', 'attachment; filename="deals-template.xlsx"').send(await buildDealTemplate(req.locale)),
  );

  app.post(
    '/api/projects/:projectId/deals/import',
    {
      preValidation: recorders,
      schema: { tags, summary: 'Record deals from an .xlsx sheet (multipart field "file"); all rows or none', consumes: ['multipart/form-data'], params: projectParams, response: { 200: importResultSchema } },
    },
    async (req) => {
      const actor = actorOf(req);
      assertProjectVisible(actor, req.params.projectId, 'entity.project');
      const rows = await readDealSheet(await receiveXlsx(req, 'file'));
      const outcome = await inTransaction(ctx.db, async (trx) => {
        const result = await importDeals(trx, actor, req.params.projectId, rows);
        // Throwing inside the transaction rolls back the rows recorded before the refused one.
        if (!result.ok) throw dealImportInvalidError(result.issues, req.locale);
        return result;
      });
      return { created: outcome.created, updated: outcome.updated };
    },
  );

  app.get('/api/deals/:id', { preValidation: recorders, schema: { tags, params: idParams, response: { 200: dealDetailSchema } } }, async (req) => {
    const deal = await loadVisibleDeal(ctx.db, actorOf(req), req.params.id);
    return detail(deal.id, req);
  });

  app.patch('/api/deals/:id', { preValidation: editors, schema: { tags, params: idParams, body: updateDealBody, response: { 200: dealDetailSchema } } }, async (req) => {
    const { deal, notifications } = await inTransaction(ctx.db, (trx) => updateDeal(trx, actorOf(req), req.params.id, req.body));
    publishNotifications(ctx.notifier, notifications);
    return detail(deal.id, req);
  });

  app.post('/api/deals/:id/cancel', { preValidation: cancellers, schema: { tags, params: idParams, body: cancelDealBody, response: { 200: dealDetailSchema } } }, async (req) => {
    const deal = await inTransaction(ctx.db, (trx) => cancelDeal(trx, actorOf(req), req.params.id, req.body));
    return detail(deal.id, req);
  });

  app.patch('/api/deals/:id/butler', { preValidation: onboarders, schema: { tags, params: idParams, body: assignButlerBody, response: { 200: dealDetailSchema } } }, async (req) => {
    const { deal, notifications } = await inTransaction(ctx.db, (trx) => assignDealButler(trx, actorOf(req), req.params.id, req.body));
    publishNotifications(ctx.notifier, notifications);
    return detail(deal.id, req);
  });

  app.patch('/api/deals/:id/onboarding/:item', { preValidation: onboarders, schema: { tags, params: itemParams, body: onboardingItemBody, response: { 200: dealDetailSchema } } }, async (req) => {
    const deal = await inTransaction(ctx.db, (trx) => updateOnboardingItem(trx, actorOf(req), req.params.id, req.params.item, req.body));
    return detail(deal.id, req);
  });

  app.get('/api/projects/:projectId/deal-webhook', { preValidation: webhookAdmins, schema: { tags, params: projectParams, response: { 200: webhookStatusSchema } } }, async (req) =>
    getDealWebhookStatus(ctx.db, actorOf(req), req.params.projectId),
  );

  app.post('/api/projects/:projectId/deal-webhook/secret', { preValidation: webhookAdmins, schema: { tags, params: projectParams, response: { 201: webhookSecretSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const { secret } = await inTransaction(ctx.db, (trx) => rotateDealWebhookSecret(trx, actor, req.params.projectId));
    return reply.status(201).send({ ...(await getDealWebhookStatus(ctx.db, actor, req.params.projectId)), secret });
  });

  await dealWebhookRoutes(app, ctx);
}
