import { WORK_ORDER_DESK_ROLES } from '@guanjia/domain';
import type { FastifyRequest } from 'fastify';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { ForbiddenError } from '../../platform/http/errors.js';
import { rolesOnly } from '../../platform/http/guards.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import { presentReturnVisit } from './list-return-visits.js';
import { rateWorkOrder } from './rate-work-order.js';
import { recordReturnVisit } from './record-return-visit.js';
import { rateWorkOrderBody, recordReturnVisitBody, returnVisitResultSchema, workOrderIdParams, type ReturnVisitResult } from './return-visit-schemas.js';
import type { SettledReturnVisit } from './settle-return-visit.js';
import './return-visit-messages.js';

/** The H5 rating is the requester's own: staff accounts get 403. */
async function ownerAccountsOnly(req: FastifyRequest): Promise<void> {
  if (actorOf(req).kind !== 'owner') throw new ForbiddenError();
}

function present(settled: SettledReturnVisit, recorderName: string): ReturnVisitResult {
  const { visit, order } = settled;
  return {
    returnVisit: presentReturnVisit(visit, new Map([[visit.recorded_by ?? '', recorderName]]), new Date().toISOString()),
    workOrder: { id: order.id, status: order.status, satisfaction: order.satisfaction, reopenCount: order.reopen_count },
  };
}

/** Return visits (回访): the requester rates on H5, or a desk member records the call. */
export async function returnVisitRoutes(app: App, ctx: AppContext) {
  const tags = ['work-orders'];

  app.post(
    '/api/h5/work-orders/:id/rate',
    {
      preValidation: ownerAccountsOnly,
      schema: {
        tags,
        summary: 'The requester rates a completed order 1–5: accept closes it, reject (comment required) reopens it',
        params: workOrderIdParams,
        body: rateWorkOrderBody,
        response: { 200: returnVisitResultSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const settled = await inTransaction(ctx.db, (trx) => rateWorkOrder(trx, actor, req.params.id, req.body));
      publishNotifications(ctx.notifier, settled.notifications);
      return present(settled, actor.name);
    },
  );

  app.post(
    '/api/work-orders/:id/return-visit',
    {
      preValidation: rolesOnly(...WORK_ORDER_DESK_ROLES),
      schema: {
        tags,
        summary: "A desk member records the return-visit call; not the assignee's or completer's own work (403)",
        params: workOrderIdParams,
        body: recordReturnVisitBody,
        response: { 200: returnVisitResultSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const settled = await inTransaction(ctx.db, (trx) => recordReturnVisit(trx, actor, req.params.id, req.body));
      publishNotifications(ctx.notifier, settled.notifications);
      return present(settled, actor.name);
    },
  );
}
