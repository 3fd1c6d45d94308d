import { WORK_ORDER_DESK_ROLES } from '@guanjia/domain';
import type { z } from 'zod';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import type { NotificationRow } from '../notifications/notify.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import { acceptAssignment } from './accept-assignment.js';
import { agreeReplyDate } from './agree-reply-date.js';
import { recordReply } from './record-reply.js';
import { resolveWorkOrder } from './resolve-work-order.js';
import { acceptWorkOrder } from './accept-work-order.js';
import { cancelWorkOrder } from './cancel-work-order.js';
import { closeWorkOrder } from './close-work-order.js';
import { completeWorkOrder } from './complete-work-order.js';
import { createWorkOrder } from './create-work-order.js';
import { dispatchWorkOrder } from './dispatch-work-order.js';
import { grabWorkOrder } from './grab-work-order.js';
import { listWorkOrderAssignees } from './list-work-order-assignees.js';
import { pauseWorkOrder } from './pause-work-order.js';
import { presentWorkOrder } from './present-work-order.js';
import { reopenWorkOrder } from './reopen-work-order.js';
import { resumeWorkOrder } from './resume-work-order.js';
import { returnAssignment } from './return-assignment.js';
import {
  assigneesQuery,
  completeBody,
  createWorkOrderBody,
  dispatchBody,
  reasonBody,
  replyBody,
  replyByBody,
  resolveBody,
  transferAccountabilityBody,
  urgeBody,
  versionBody,
  workOrderAssigneesSchema,
  workOrderDetailSchema,
  workOrderParams,
} from './schemas.js';
import { startWorkOrder } from './start-work-order.js';
import { transferAccountability } from './transfer-accountability.js';
import type { WorkOrderActionResult } from './transition-work-order.js';
import { urgeWorkOrder } from './urge-work-order.js';
import { loadVisibleWorkOrder, workOrderActor, type WorkOrderRow } from './work-order-access.js';
import { WORK_ORDER_LIST_ROLES } from './work-order-filters.js';

type ActionUseCase<B> = (trx: Tx, actor: Actor, id: string, input: B) => Promise<WorkOrderActionResult>;

/** The staff side of one order: create, read, and every action of the state machine. */
export async function workOrderStaffRoutes(app: App, ctx: AppContext) {
  const tags = ['work-orders'];
  // The developer's sales side and owner accounts never see work orders here (403).
  const readers = rolesOnly(...WORK_ORDER_LIST_ROLES);
  const detail = async (actor: Actor, order: WorkOrderRow) => presentWorkOrder(ctx.db, actor, await workOrderActor(ctx.db, actor), order);
  const publish = (rows: NotificationRow[]) => publishNotifications(ctx.notifier, rows);

  app.post(
    '/api/work-orders',
    {
      preValidation: rolesOnly(...WORK_ORDER_DESK_ROLES),
      schema: { tags, summary: 'A desk member records a work order (phone, visit, web); they become its accountable staff member', body: createWorkOrderBody, response: { 201: workOrderDetailSchema } },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const notices: NotificationRow[] = [];
      const order = await inTransaction(ctx.db, (trx) => createWorkOrder(trx, actor, req.body, new Date(), notices));
      publish(notices);
      return reply.status(201).send(await detail(actor, order));
    },
  );

  app.get(
    '/api/work-orders/assignees',
    {
      preValidation: rolesOnly(...WORK_ORDER_DESK_ROLES),
      schema: { tags, summary: "Whom the desk may dispatch a project's orders to, and hand accountability to (names only)", querystring: assigneesQuery, response: { 200: workOrderAssigneesSchema } },
    },
    async (req) => listWorkOrderAssignees(ctx.db, actorOf(req), req.query.projectId),
  );

  app.get('/api/work-orders/:id', { preValidation: readers, schema: { tags, params: workOrderParams, response: { 200: workOrderDetailSchema } } }, async (req) => {
    const actor = actorOf(req);
    const { order, who } = await loadVisibleWorkOrder(ctx.db, actor, req.params.id);
    return presentWorkOrder(ctx.db, actor, who, order);
  });

  /** POST /api/work-orders/:id/<path>: one transaction, one use case, then the detail as the caller now sees it. */
  function action<B extends z.ZodType>(path: string, summary: string, body: B, run: ActionUseCase<z.infer<B>>) {
    app.post(
      `/api/work-orders/:id/${path}`,
      { preValidation: readers, schema: { tags, summary, params: workOrderParams, body, response: { 200: workOrderDetailSchema } } },
      async (req) => {
        const actor = actorOf(req);
        const { order, notifications } = await inTransaction(ctx.db, (trx) => run(trx, actor, req.params.id, req.body as z.infer<B>));
        publish(notifications);
        return detail(actor, order);
      },
    );
  }

  action('accept', '受理: the desk takes an H5 request on; the first to receive it becomes accountable', versionBody, acceptWorkOrder);
  action('dispatch', '派单 to a department, a named worker or a vendor, in assign or grab mode', dispatchBody, dispatchWorkOrder);
  action('grab', '抢单: a member of the target department or vendor takes a grab-mode order', versionBody, grabWorkOrder);
  action('accept-assignment', '接单: the assignee (or a member of the target pool) accepts the job', versionBody, acceptAssignment);
  action('return-assignment', '退单: the assignee hands the job back with a reason', reasonBody, returnAssignment);
  action('start', 'The assignee starts the work', versionBody, startWorkOrder);
  action('pause', 'Work pauses, with a reason', reasonBody, pauseWorkOrder);
  action('resume', 'Paused work resumes', versionBody, resumeWorkOrder);
  action('complete', 'The work is done: a note and photos', completeBody, completeWorkOrder);
  action('close', 'The desk closes a completed order (after its return visit when one is required)', versionBody, closeWorkOrder);
  action('reopen', 'The result is rejected: back to work, counted on the order', reasonBody, reopenWorkOrder);
  action('cancel', 'Cancelled with a reason', reasonBody, cancelWorkOrder);
  action('urge', '催单 recorded for the requester; the assignee and accountable staff member are told', urgeBody, urgeWorkOrder);
  action('resolve', '现场解决: settled on the spot with the requester present, and closed', resolveBody, resolveWorkOrder);
  action('reply-by', '约定回复日期: the date the requester was promised an answer (moving it needs a reason)', replyByBody, agreeReplyDate);
  action('reply', 'The answer owed to the requester was given: what they were told', replyBody, recordReply);
  action('transfer-accountability', 'A manager moves first-contact accountability (首问责任) to another staff member, with a reason', transferAccountabilityBody, transferAccountability);
}
