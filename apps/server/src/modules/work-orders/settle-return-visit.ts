import { uuidv7 } from '@guanjia/domain';
import { returnVisitAction, type ReturnVisitOutcome } from '@guanjia/domain/work-orders/return-visit';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import type { Actor } from '../../platform/http/actor.js';
import type { NotificationRow } from '../notifications/notify.js';
import { assertClosable } from './assert-closable.js';
import { translate } from '../../platform/http/i18n.js';
import type { ReturnVisitRecord } from './create-return-visit.js';
import { recordWorkOrderEvent } from './record-work-order-event.js';
import { reopenWorkOrder } from './reopen-work-order.js';
import { transitionWorkOrder } from './transition-work-order.js';
import type { WorkOrderRow } from './work-order-access.js';
import { WorkOrderTransitionError } from './work-order-errors.js';

export interface ReturnVisitAnswer {
  rating: number;
  comment: string | null;
  outcome: ReturnVisitOutcome;
  method: 'h5' | 'phone';
}

export interface SettledReturnVisit {
  visit: ReturnVisitRecord;
  order: WorkOrderRow;
  notifications: NotificationRow[];
}

/**
 * Records the requester's answer on a completed order, then closes it (accepted) or reopens it
 * (rejected) through the transition use case. The pending visit is completed; an order that
 * needed none gets a visit row too, so every rating is kept. The rating becomes the order's
 * satisfaction. `order` is the row the caller re-read in this transaction.
 */
export async function settleReturnVisit(trx: Tx, actor: Actor, order: WorkOrderRow, answer: ReturnVisitAnswer, now: Date): Promise<SettledReturnVisit> {
  const action = returnVisitAction(answer.outcome);
  if (order.status !== 'completed') throw new WorkOrderTransitionError(order.status, action);
  const at = now.toISOString();
  const done = {
    status: 'done' as const,
    method: answer.method,
    rating: answer.rating,
    comment: answer.comment,
    outcome: answer.outcome,
    recorded_by: actor.userId,
    done_at: at,
  };
  const pending = await trx.selectFrom('return_visits').selectAll().where('work_order_id', '=', order.id).where('status', '=', 'pending').executeTakeFirst();
  let visit: ReturnVisitRecord;
  if (pending) {
    visit = await updateVersioned(trx, 'return_visits', pending, done);
  } else {
    visit = { id: uuidv7(), company_id: order.company_id, project_id: order.project_id, work_order_id: order.id, due_at: at, ...done, ...newRowStamp(at) };
    await trx.insertInto('return_visits').values(visit).execute();
  }
  const details = { returnVisitId: visit.id, rating: answer.rating, outcome: answer.outcome, method: answer.method };
  await recordWorkOrderEvent(trx, order, { action: 'returnVisit', actorId: actor.userId, reason: answer.comment, data: details, at });
  await recordAudit(trx, actor, order.company_id, {
    action: 'returnVisit.record',
    entityType: 'return_visit',
    entityId: visit.id,
    projectId: order.project_id,
    before: pending ?? null,
    after: visit,
  });
  // The requester accepting the result on the return visit is the answer a complaint was promised.
  const answers = answer.outcome === 'accepted' && order.reply_by !== null && order.replied_at === null;
  const reply = answers ? { replied_at: at, reply_note: translate('zh-CN', 'workOrders.reply.byReturnVisit', { rating: answer.rating }) } : {};
  await updateVersioned(trx, 'work_orders', order, { satisfaction: answer.rating, ...reply });

  if (action === 'reopen') {
    const reopened = await reopenWorkOrder(trx, actor, order.id, { reason: answer.comment ?? '' }, now);
    return { visit, ...reopened };
  }
  // The requester has no close button: accepting the result is how they close (requesterAcceptance).
  const { order: closed } = await transitionWorkOrder(
    trx,
    actor,
    order.id,
    {
      action: 'close',
      requesterAcceptance: actor.kind === 'owner',
      apply: async (before) => {
        await assertClosable(trx, before);
        return { data: details };
      },
    },
    now,
  );
  return { visit, order: closed, notifications: [] };
}
