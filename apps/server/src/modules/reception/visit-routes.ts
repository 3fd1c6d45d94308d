import { z } from 'zod';
import {
  APPOINTMENT_BOOKER_ROLES,
  RECEPTION_ANY_ROLES,
  RECEPTION_DESK_ROLES,
  RECEPTION_HOST_ROLES,
  RECEPTION_READ_ROLES,
  RECEPTION_STEP_ROLES,
  ROTATION_OVERRIDE_ROLES,
} from '@guanjia/domain/reception/index';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import { pageOf } from '../../platform/http/paging.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import { cancelVisit } from './cancel-visit.js';
import { checkInVisitor } from './check-in-visitor.js';
import { createAppointment } from './create-appointment.js';
import { getVisit } from './get-visit.js';
import { listAppointments } from './list-appointments.js';
import { listMyVisits } from './list-my-visits.js';
import { listVisits } from './list-visits.js';
import { markNoShow } from './mark-no-show.js';
import { presentOneVisit, presentVisits } from './present-visit.js';
import { publishBoard } from './publish-board.js';
import { reassignVisit } from './reassign-visit.js';
import { receiveVisitor } from './receive-visitor.js';
import { RotationTurnTakenError } from './reception-errors.js';
import { recordFarewell } from './record-farewell.js';
import { recordJourneyStep } from './record-journey-step.js';
import {
  appointmentsQuery,
  checkInBody,
  createAppointmentBody,
  farewellBody,
  idParams,
  myVisitsQuery,
  myVisitsSchema,
  reasonBody,
  reassignBody,
  receiveResultSchema,
  stepBody,
  updateAppointmentBody,
  updateChecklistBody,
  versionBody,
  visitDetailSchema,
  visitSchema,
  visitsQuery,
} from './schemas.js';
import { updateAppointment } from './update-appointment.js';
import { updateVipChecklist } from './update-vip-checklist.js';
import type { VisitRow } from './reception-access.js';
import type { Actor } from '../../platform/http/actor.js';

const tags = ['reception'];
const readers = rolesOnly(...RECEPTION_READ_ROLES);
const anyReception = rolesOnly(...RECEPTION_ANY_ROLES);
const desk = rolesOnly(...RECEPTION_DESK_ROLES);
const bookers = rolesOnly(...APPOINTMENT_BOOKER_ROLES);
const receivers = rolesOnly(...RECEPTION_DESK_ROLES, ...RECEPTION_HOST_ROLES);
const stepRecorders = rolesOnly(...RECEPTION_STEP_ROLES, ...RECEPTION_HOST_ROLES);
const salesManagers = rolesOnly(...ROTATION_OVERRIDE_ROLES);
const hosts = rolesOnly(...RECEPTION_HOST_ROLES);

/** Two check-ins racing for one rotation turn: the loser runs again with the turn taken into account. */
async function withTurnRetry<T>(run: () => Promise<T>, attempts = 10): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await run();
    } catch (err) {
      if (!(err instanceof RotationTurnTakenError) || i >= attempts) throw err;
    }
  }
}

export async function visitRoutes(app: App, ctx: AppContext) {
  /** Presents the visit after commit and tells its board to refresh. */
  const changed = async (actor: Actor, visit: VisitRow, reason: string) => {
    publishBoard(ctx.notifier, visit.sales_center_id, reason);
    return presentOneVisit(ctx.db, actor, visit, new Date());
  };

  app.get('/api/reception/appointments', { preValidation: anyReception, schema: { tags, querystring: appointmentsQuery, response: { 200: pageOf(visitSchema) } } }, async (req) => {
    const actor = actorOf(req);
    const page = await listAppointments(ctx.db, actor, req.query);
    return { ...page, items: await presentVisits(ctx.db, actor, page.items, new Date()) };
  });

  app.post('/api/reception/appointments', { preValidation: bookers, schema: { tags, body: createAppointmentBody, response: { 201: visitSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const visit = await inTransaction(ctx.db, (trx) => createAppointment(trx, actor, req.body));
    return reply.status(201).send(await changed(actor, visit, 'appointment'));
  });

  app.patch(
    '/api/reception/appointments/:id',
    { preValidation: bookers, schema: { tags, params: idParams, body: updateAppointmentBody, response: { 200: visitSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return changed(actor, await inTransaction(ctx.db, (trx) => updateAppointment(trx, actor, req.params.id, req.body)), 'appointment');
    },
  );

  app.post(
    '/api/reception/appointments/:id/cancel',
    { preValidation: bookers, schema: { tags, params: idParams, body: reasonBody, response: { 200: visitSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return changed(actor, await inTransaction(ctx.db, (trx) => cancelVisit(trx, actor, req.params.id, req.body)), 'cancel');
    },
  );

  app.post(
    '/api/reception/appointments/:id/no-show',
    { preValidation: desk, schema: { tags, params: idParams, body: versionBody, response: { 200: visitSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return changed(actor, await inTransaction(ctx.db, (trx) => markNoShow(trx, actor, req.params.id, req.body)), 'noShow');
    },
  );

  app.post('/api/reception/check-in', { preValidation: desk, schema: { tags, body: checkInBody, response: { 201: visitSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const result = await withTurnRetry(() => inTransaction(ctx.db, (trx) => checkInVisitor(trx, actor, req.body)));
    publishNotifications(ctx.notifier, result.notifications);
    return reply.status(201).send(await changed(actor, result.visit, 'checkIn'));
  });

  app.get('/api/reception/visits', { preValidation: readers, schema: { tags, querystring: visitsQuery, response: { 200: pageOf(visitSchema) } } }, async (req) => {
    const actor = actorOf(req);
    const page = await listVisits(ctx.db, actor, req.query);
    return { ...page, items: await presentVisits(ctx.db, actor, page.items, new Date()) };
  });

  app.get('/api/reception/visits/:id', { preValidation: anyReception, schema: { tags, params: idParams, response: { 200: visitDetailSchema } } }, async (req) =>
    getVisit(ctx.db, actorOf(req), req.params.id),
  );

  app.post(
    '/api/reception/visits/:id/receive',
    { preValidation: receivers, schema: { tags, params: idParams, body: z.object({}).strict().optional(), response: { 200: receiveResultSchema } } },
    async (req) => {
      const actor = actorOf(req);
      const result = await inTransaction(ctx.db, (trx) => receiveVisitor(trx, actor, req.params.id));
      return { ...(await changed(actor, result.visit, 'receive')), alreadyReceived: result.alreadyReceived };
    },
  );

  app.post(
    '/api/reception/visits/:id/reassign',
    { preValidation: salesManagers, schema: { tags, params: idParams, body: reassignBody, response: { 200: visitSchema } } },
    async (req) => {
      const actor = actorOf(req);
      const result = await inTransaction(ctx.db, (trx) => reassignVisit(trx, actor, req.params.id, req.body));
      publishNotifications(ctx.notifier, result.notifications);
      return changed(actor, result.visit, 'reassign');
    },
  );

  app.post(
    '/api/reception/visits/:id/steps',
    { preValidation: stepRecorders, schema: { tags, params: idParams, body: stepBody, response: { 200: visitSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return changed(actor, await inTransaction(ctx.db, (trx) => recordJourneyStep(trx, actor, req.params.id, req.body)), 'step');
    },
  );

  app.post(
    '/api/reception/visits/:id/farewell',
    { preValidation: desk, schema: { tags, params: idParams, body: farewellBody, response: { 200: visitSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return changed(actor, await inTransaction(ctx.db, (trx) => recordFarewell(trx, actor, req.params.id, req.body)), 'farewell');
    },
  );

  app.post(
    '/api/reception/visits/:id/cancel',
    { preValidation: desk, schema: { tags, params: idParams, body: reasonBody, response: { 200: visitSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return changed(actor, await inTransaction(ctx.db, (trx) => cancelVisit(trx, actor, req.params.id, req.body)), 'cancel');
    },
  );

  app.put(
    '/api/reception/visits/:id/vip-checklist',
    { preValidation: desk, schema: { tags, params: idParams, body: updateChecklistBody, response: { 200: visitSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return changed(actor, await inTransaction(ctx.db, (trx) => updateVipChecklist(trx, actor, req.params.id, req.body)), 'checklist');
    },
  );

  app.get('/api/reception/my-visits', { preValidation: hosts, schema: { tags, querystring: myVisitsQuery, response: { 200: myVisitsSchema } } }, async (req) =>
    listMyVisits(ctx.db, actorOf(req), req.query.date),
  );
}
