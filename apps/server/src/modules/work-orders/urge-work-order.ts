import { canUrge, OPEN_WORK_ORDER_STATUSES } from '@guanjia/domain';
import { sql } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { ForbiddenError } from '../../platform/http/errors.js';
import { recordWorkOrderEvent } from './record-work-order-event.js';
import type { WorkOrderActionResult } from './transition-work-order.js';
import { loadVisibleWorkOrder, workOrderSubject } from './work-order-access.js';
import { WorkOrderTransitionError } from './work-order-errors.js';
import { noticeWorkOrder, responsibleStaffIds } from './work-order-notices.js';

export interface UrgeInput {
  note?: string | null;
}

/**
 * 催单: the requester (or the desk on their behalf) urges an open order. It is counted and kept in
 * the history, and the assignee and accountable staff member are told. The status does not
 * change, so the version stays: an urge never makes the worker's next action stale.
 */
export async function urgeWorkOrder(trx: Tx, actor: Actor, id: string, input: UrgeInput, now: Date = new Date()): Promise<WorkOrderActionResult> {
  const { order: before, who } = await loadVisibleWorkOrder(trx, actor, id);
  if (!OPEN_WORK_ORDER_STATUSES.includes(before.status)) throw new WorkOrderTransitionError(before.status, 'urge');
  if (!canUrge(workOrderSubject(before), who)) throw new ForbiddenError('workOrders.error.cannotUrge');

  const at = now.toISOString();
  const order = await trx
    .updateTable('work_orders')
    .set({ urge_count: sql<number>`urge_count + 1`, updated_at: at })
    .where('id', '=', before.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  const note = input.note?.trim() || null;
  await recordWorkOrderEvent(trx, order, { action: 'urge', actorId: actor.userId, reason: note, data: { count: order.urge_count }, at });
  await recordAudit(trx, actor, order.company_id, { action: 'workOrder.urge', entityType: 'work_order', entityId: order.id, projectId: order.project_id, after: { urgeCount: order.urge_count, note } });
  const notifications = await noticeWorkOrder(trx, order, actor.userId, {
    userIds: await responsibleStaffIds(trx, order),
    kind: 'urged',
    bodyKey: 'workOrders.notice.urgedBody',
    params: { actor: actor.name, count: order.urge_count },
  });
  return { order, notifications };
}
