import type { FastifyRequest } from 'fastify';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { ForbiddenError } from '../../platform/http/errors.js';
import { pageOf } from '../../platform/http/paging.js';
import type { NotificationRow } from '../notifications/notify.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import { cancelWorkOrder } from './cancel-work-order.js';
import { createWorkOrder } from './create-work-order.js';
import { listMyWorkOrders } from './list-my-work-orders.js';
import { presentH5WorkOrder } from './present-h5-work-order.js';
import { h5CreateWorkOrderBody, h5ListQuery, h5WorkOrderItemSchema, h5WorkOrderSchema, reasonBody, urgeBody, workOrderParams } from './schemas.js';
import { urgeWorkOrder } from './urge-work-order.js';
import { loadVisibleWorkOrder, workOrderActor, type WorkOrderRow } from './work-order-access.js';

/** The H5 pages serve owner accounts only; staff use the staff endpoints (403). */
async function ownersOnly(req: FastifyRequest): Promise<void> {
  if (actorOf(req).kind !== 'owner') throw new ForbiddenError();
}

/** The owner's side: book or report, follow the live status and the promised times, cancel, urge. */
export async function workOrderH5Routes(app: App, ctx: AppContext) {
  const tags = ['work-orders', 'h5'];
  const present = async (req: FastifyRequest, order: WorkOrderRow) => presentH5WorkOrder(ctx.db, await workOrderActor(ctx.db, actorOf(req)), order);

  app.post(
    '/api/h5/work-orders',
    {
      preValidation: ownersOnly,
      schema: { tags, summary: 'An owner books an item or reports a request for one of their households', body: h5CreateWorkOrderBody, response: { 201: h5WorkOrderSchema } },
    },
    async (req, reply) => {
      const notices: NotificationRow[] = [];
      const order = await inTransaction(ctx.db, (trx) => createWorkOrder(trx, actorOf(req), { ...req.body, channel: 'h5' }, new Date(), notices));
      publishNotifications(ctx.notifier, notices);
      return reply.status(201).send(await present(req, order));
    },
  );

  app.get(
    '/api/h5/work-orders',
    { preValidation: ownersOnly, schema: { tags, summary: "The owner's orders, newest first", querystring: h5ListQuery, response: { 200: pageOf(h5WorkOrderItemSchema) } } },
    async (req) => {
      const actor = actorOf(req);
      const who = await workOrderActor(ctx.db, actor);
      const page = await listMyWorkOrders(ctx.db, actor, who.householdIds ?? [], req.query);
      return {
        ...page,
        items: page.items.map((r) => ({
          id: r.id,
          number: r.number,
          kind: r.kind,
          status: r.status,
          title: r.title,
          serviceDate: r.service_date,
          serviceStart: r.service_start,
          serviceEnd: r.service_end,
          completeDueAt: r.complete_due_at,
          createdAt: r.created_at,
        })),
      };
    },
  );

  app.get('/api/h5/work-orders/:id', { preValidation: ownersOnly, schema: { tags, params: workOrderParams, response: { 200: h5WorkOrderSchema } } }, async (req) => {
    const { order, who } = await loadVisibleWorkOrder(ctx.db, actorOf(req), req.params.id);
    return presentH5WorkOrder(ctx.db, who, order);
  });

  app.post(
    '/api/h5/work-orders/:id/cancel',
    { preValidation: ownersOnly, schema: { tags, summary: 'The requester cancels before work starts', params: workOrderParams, body: reasonBody, response: { 200: h5WorkOrderSchema } } },
    async (req) => {
      const { order, notifications } = await inTransaction(ctx.db, (trx) => cancelWorkOrder(trx, actorOf(req), req.params.id, req.body));
      publishNotifications(ctx.notifier, notifications);
      return present(req, order);
    },
  );

  app.post(
    '/api/h5/work-orders/:id/urge',
    { preValidation: ownersOnly, schema: { tags, summary: '催单: the assignee and the accountable staff member are told', params: workOrderParams, body: urgeBody, response: { 200: h5WorkOrderSchema } } },
    async (req) => {
      const { order, notifications } = await inTransaction(ctx.db, (trx) => urgeWorkOrder(trx, actorOf(req), req.params.id, req.body));
      publishNotifications(ctx.notifier, notifications);
      return present(req, order);
    },
  );
}
