import {
  CHECKLIST_WORKER_ROLES,
  PRE_AGREEMENT_WRITER_ROLES,
  SALES_PREPARATION_READER_ROLES,
  SERVICE_PLAN_DRAFTER_ROLES,
} from '@guanjia/domain/sales-preparation/service-plan-flow';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import './messages.js';
import { addChecklistItem } from './add-checklist-item.js';
import { assignChecklistItem } from './assign-checklist-item.js';
import { createServicePlan } from './create-service-plan.js';
import { generateChecklists } from './generate-checklists.js';
import { getChecklists } from './get-checklists.js';
import { getPreAgreement } from './get-pre-agreement.js';
import { listServicePlans } from './list-service-plans.js';
import { presentServicePlanDetail } from './present-service-plan.js';
import { loadVisibleServicePlan } from './sales-preparation-access.js';
import { savePreAgreement } from './save-pre-agreement.js';
import {
  actionParams,
  addChecklistItemBody,
  assignChecklistItemBody,
  checklistItemActionBody,
  checklistsSchema,
  generateChecklistsBody,
  idParams,
  planActionBody,
  preAgreementBody,
  preAgreementPageSchema,
  projectParams,
  servicePlanDetailSchema,
  servicePlanVersionsSchema,
  updateChecklistItemBody,
  updateServicePlanBody,
} from './schemas.js';
import { registerServicePlanApprovalHook } from './service-plan-approval-hook.js';
import { transitionChecklistItem } from './transition-checklist-item.js';
import { transitionServicePlan } from './transition-service-plan.js';
import { updateChecklistItem } from './update-checklist-item.js';
import { updateServicePlan } from './update-service-plan.js';

const tags = ['sales-preparation'];
const readers = rolesOnly(...SALES_PREPARATION_READER_ROLES);
const agreementWriters = rolesOnly(...PRE_AGREEMENT_WRITER_ROLES);
const drafters = rolesOnly(...SERVICE_PLAN_DRAFTER_ROLES);
const workers = rolesOnly(...CHECKLIST_WORKER_ROLES);
const P = '/api/sales-preparation';

/** 销售配合的筹备与组织: 前期协议签订, 服务方案 (报地区公司负责人审批), and the preparation checklists. */
export async function salesPreparationRoutes(app: App, ctx: AppContext) {
  registerServicePlanApprovalHook();

  app.get(`${P}/projects/:projectId/pre-agreement`, { preValidation: readers, schema: { tags, params: projectParams, response: { 200: preAgreementPageSchema } } }, async (req) =>
    getPreAgreement(ctx.db, actorOf(req), req.params.projectId),
  );

  app.put(
    `${P}/projects/:projectId/pre-agreement`,
    { preValidation: agreementWriters, schema: { tags, params: projectParams, body: preAgreementBody, response: { 200: preAgreementPageSchema } } },
    async (req) => {
      const actor = actorOf(req);
      await inTransaction(ctx.db, (trx) => savePreAgreement(trx, actor, req.params.projectId, req.body));
      return getPreAgreement(ctx.db, actor, req.params.projectId);
    },
  );

  app.get(`${P}/projects/:projectId/service-plans`, { preValidation: readers, schema: { tags, params: projectParams, response: { 200: servicePlanVersionsSchema } } }, async (req) =>
    listServicePlans(ctx.db, actorOf(req), req.params.projectId),
  );

  app.post(`${P}/projects/:projectId/service-plans`, { preValidation: drafters, schema: { tags, params: projectParams, response: { 201: servicePlanDetailSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const plan = await inTransaction(ctx.db, (trx) => createServicePlan(trx, actor, req.params.projectId));
    return reply.status(201).send(await presentServicePlanDetail(ctx.db, actor, plan));
  });

  app.get(`${P}/service-plans/:id`, { preValidation: readers, schema: { tags, params: idParams, response: { 200: servicePlanDetailSchema } } }, async (req) => {
    const actor = actorOf(req);
    return presentServicePlanDetail(ctx.db, actor, await loadVisibleServicePlan(ctx.db, actor, req.params.id));
  });

  app.patch(`${P}/service-plans/:id`, { preValidation: drafters, schema: { tags, params: idParams, body: updateServicePlanBody, response: { 200: servicePlanDetailSchema } } }, async (req) => {
    const actor = actorOf(req);
    const plan = await inTransaction(ctx.db, (trx) => updateServicePlan(trx, actor, req.params.id, req.body));
    return presentServicePlanDetail(ctx.db, actor, plan);
  });

  app.post(`${P}/service-plans/:id/:action`, { preValidation: drafters, schema: { tags, params: actionParams, body: planActionBody, response: { 200: servicePlanDetailSchema } } }, async (req) => {
    const actor = actorOf(req);
    const step = await inTransaction(ctx.db, (trx) => transitionServicePlan(trx, actor, req.params.id, req.params.action, req.body));
    publishNotifications(ctx.notifier, step.notifications);
    return presentServicePlanDetail(ctx.db, actor, step.plan);
  });

  app.get(`${P}/projects/:projectId/checklists`, { preValidation: readers, schema: { tags, params: projectParams, response: { 200: checklistsSchema } } }, async (req) =>
    getChecklists(ctx.db, actorOf(req), req.params.projectId),
  );

  app.post(
    `${P}/projects/:projectId/checklists/generate`,
    { preValidation: workers, schema: { tags, params: projectParams, body: generateChecklistsBody, response: { 200: checklistsSchema } } },
    async (req) => {
      const actor = actorOf(req);
      await inTransaction(ctx.db, (trx) => generateChecklists(trx, actor, req.params.projectId));
      return getChecklists(ctx.db, actor, req.params.projectId);
    },
  );

  app.post(
    `${P}/projects/:projectId/checklists/items`,
    { preValidation: workers, schema: { tags, params: projectParams, body: addChecklistItemBody, response: { 201: checklistsSchema } } },
    async (req, reply) => {
      const actor = actorOf(req);
      await inTransaction(ctx.db, (trx) => addChecklistItem(trx, actor, req.params.projectId, req.body));
      return reply.status(201).send(await getChecklists(ctx.db, actor, req.params.projectId));
    },
  );

  app.patch(`${P}/checklist-items/:id`, { preValidation: workers, schema: { tags, params: idParams, body: updateChecklistItemBody, response: { 200: checklistsSchema } } }, async (req) => {
    const actor = actorOf(req);
    const item = await inTransaction(ctx.db, (trx) => updateChecklistItem(trx, actor, req.params.id, req.body));
    return getChecklists(ctx.db, actor, item.project_id);
  });

  app.post(`${P}/checklist-items/:id/assign`, { preValidation: workers, schema: { tags, params: idParams, body: assignChecklistItemBody, response: { 200: checklistsSchema } } }, async (req) => {
    const actor = actorOf(req);
    const result = await inTransaction(ctx.db, (trx) => assignChecklistItem(trx, actor, req.params.id, req.body));
    publishNotifications(ctx.notifier, result.notifications);
    return getChecklists(ctx.db, actor, result.item.project_id);
  });

  app.post(`${P}/checklist-items/:id/status`, { preValidation: workers, schema: { tags, params: idParams, body: checklistItemActionBody, response: { 200: checklistsSchema } } }, async (req) => {
    const actor = actorOf(req);
    const item = await inTransaction(ctx.db, (trx) => transitionChecklistItem(trx, actor, req.params.id, req.body));
    return getChecklists(ctx.db, actor, item.project_id);
  });
}
