import { z } from 'zod';
import { EVENT_PLAN_DRAFTER_ROLES, EVENT_PLAN_READER_ROLES, REHEARSAL_CONFIRMER_ROLES } from '@guanjia/domain/event-plans/event-plan-flow';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import './messages.js';
import { addEventPlanTask } from './add-event-plan-task.js';
import { assignEventPlanTask } from './assign-event-plan-task.js';
import { confirmRehearsal } from './confirm-rehearsal.js';
import { createEventPlan } from './create-event-plan.js';
import { editEventPlanTask } from './edit-event-plan-task.js';
import { registerEventPlanApprovalHook } from './event-plan-approval-hook.js';
import { getEventPlan, presentEventPlanDetail } from './get-event-plan.js';
import { listEventPlans } from './list-event-plans.js';
import { listRehearsals } from './list-rehearsals.js';
import { markEventPlanTask } from './mark-event-plan-task.js';
import { removeEventPlanTask } from './remove-event-plan-task.js';
import { rescheduleEventPlan } from './reschedule-event-plan.js';
import {
  actionParams,
  addTaskBody,
  assignTaskBody,
  confirmRehearsalBody,
  createEventPlanBody,
  eventPlanDetailSchema,
  eventPlanPageSchema,
  idParams,
  listEventPlansQuery,
  markTaskBody,
  planActionBody,
  rehearsalListSchema,
  rehearsalsQuery,
  rescheduleBody,
  taskParams,
  updateEventPlanBody,
  updateTaskBody,
} from './schemas.js';
import { transitionEventPlan } from './transition-event-plan.js';
import { updateEventPlan } from './update-event-plan.js';

const tags = ['event-plans'];
const readers = rolesOnly(...EVENT_PLAN_READER_ROLES);
const drafters = rolesOnly(...EVENT_PLAN_DRAFTER_ROLES);
const confirmers = rolesOnly(...REHEARSAL_CONFIRMER_ROLES);
const detail = { 200: eventPlanDetailSchema };
const removeTaskQuery = z.object({ version: z.coerce.number().int().min(1).optional() });

/** 活动方案 (4.3): promotional events and holiday decoration, scheduled backwards, approved, rehearsed, reviewed. */
export async function eventPlanRoutes(app: App, ctx: AppContext) {
  registerEventPlanApprovalHook();
  /** The plan as the caller sees it now, read after the change committed. */
  const reread = async (req: Parameters<typeof actorOf>[0], id: string) => getEventPlan(ctx.db, actorOf(req), id);

  app.get('/api/event-plans', { preValidation: readers, schema: { tags, querystring: listEventPlansQuery, response: { 200: eventPlanPageSchema } } }, async (req) =>
    listEventPlans(ctx.db, actorOf(req), req.query),
  );

  app.get('/api/event-plans/rehearsals', { preValidation: readers, schema: { tags, querystring: rehearsalsQuery, response: { 200: rehearsalListSchema } } }, async (req) => ({
    items: await listRehearsals(ctx.db, actorOf(req), req.query),
  }));

  app.post('/api/event-plans', { preValidation: drafters, schema: { tags, body: createEventPlanBody, response: { 201: eventPlanDetailSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const plan = await inTransaction(ctx.db, (trx) => createEventPlan(trx, actor, req.body));
    return reply.status(201).send(await presentEventPlanDetail(ctx.db, actor, plan));
  });

  app.get('/api/event-plans/:id', { preValidation: readers, schema: { tags, params: idParams, response: detail } }, async (req) => reread(req, req.params.id));

  app.patch('/api/event-plans/:id', { preValidation: drafters, schema: { tags, params: idParams, body: updateEventPlanBody, response: detail } }, async (req) => {
    const actor = actorOf(req);
    const plan = await inTransaction(ctx.db, (trx) => updateEventPlan(trx, actor, req.params.id, req.body));
    return presentEventPlanDetail(ctx.db, actor, plan);
  });

  app.post('/api/event-plans/:id/reschedule', { preValidation: drafters, schema: { tags, params: idParams, body: rescheduleBody, response: detail } }, async (req) => {
    const actor = actorOf(req);
    const result = await inTransaction(ctx.db, (trx) => rescheduleEventPlan(trx, actor, req.params.id, req.body));
    publishNotifications(ctx.notifier, result.notifications);
    return presentEventPlanDetail(ctx.db, actor, result.plan);
  });

  app.post('/api/event-plans/:id/tasks', { preValidation: drafters, schema: { tags, params: idParams, body: addTaskBody, response: { 201: eventPlanDetailSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    await inTransaction(ctx.db, (trx) => addEventPlanTask(trx, actor, req.params.id, req.body));
    return reply.status(201).send(await reread(req, req.params.id));
  });

  app.patch('/api/event-plans/:id/tasks/:taskId', { preValidation: drafters, schema: { tags, params: taskParams, body: updateTaskBody, response: detail } }, async (req) => {
    const actor = actorOf(req);
    await inTransaction(ctx.db, (trx) => editEventPlanTask(trx, actor, req.params.id, req.params.taskId, req.body));
    return reread(req, req.params.id);
  });

  app.delete('/api/event-plans/:id/tasks/:taskId', { preValidation: drafters, schema: { tags, params: taskParams, querystring: removeTaskQuery, response: detail } }, async (req) => {
    const actor = actorOf(req);
    await inTransaction(ctx.db, (trx) => removeEventPlanTask(trx, actor, req.params.id, req.params.taskId, req.query.version));
    return reread(req, req.params.id);
  });

  app.post('/api/event-plans/:id/tasks/:taskId/assign', { preValidation: drafters, schema: { tags, params: taskParams, body: assignTaskBody, response: detail } }, async (req) => {
    const actor = actorOf(req);
    const result = await inTransaction(ctx.db, (trx) => assignEventPlanTask(trx, actor, req.params.id, req.params.taskId, req.body));
    publishNotifications(ctx.notifier, result.notifications);
    return reread(req, req.params.id);
  });

  app.post('/api/event-plans/:id/tasks/:taskId/done', { preValidation: drafters, schema: { tags, params: taskParams, body: markTaskBody, response: detail } }, async (req) => {
    const actor = actorOf(req);
    await inTransaction(ctx.db, (trx) => markEventPlanTask(trx, actor, req.params.id, req.params.taskId, req.body));
    return reread(req, req.params.id);
  });

  app.post('/api/event-plans/:id/rehearsal/confirm', { preValidation: confirmers, schema: { tags, params: idParams, body: confirmRehearsalBody, response: detail } }, async (req) => {
    const actor = actorOf(req);
    const result = await inTransaction(ctx.db, (trx) => confirmRehearsal(trx, actor, req.params.id, req.body));
    publishNotifications(ctx.notifier, result.notifications);
    return presentEventPlanDetail(ctx.db, actor, result.plan);
  });

  app.post('/api/event-plans/:id/:action', { preValidation: drafters, schema: { tags, params: actionParams, body: planActionBody, response: detail } }, async (req) => {
    const actor = actorOf(req);
    const step = await inTransaction(ctx.db, (trx) => transitionEventPlan(trx, actor, req.params.id, req.params.action, req.body));
    publishNotifications(ctx.notifier, step.notifications);
    return presentEventPlanDetail(ctx.db, actor, step.plan);
  });
}
