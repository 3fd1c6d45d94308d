import { canTransferAccountability, FINISHED_WORK_ORDER_STATUSES } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { ForbiddenError } from '../../platform/http/errors.js';
import { findProjectStaff } from './find-project-staff.js';
import { recordWorkOrderEvent } from './record-work-order-event.js';
import type { WorkOrderActionResult } from './transition-work-order.js';
import { loadVisibleWorkOrder, workOrderSubject } from './work-order-access.js';
import { fieldError, requireReason, WorkOrderTransitionError } from './work-order-errors.js';
import { noticeWorkOrder } from './work-order-notices.js';

export interface TransferAccountabilityInput {
  userId: string;
  reason: string;
  version?: number;
}

/**
 * Moves first-contact accountability (首问责任) to another staff member of the project. Only a
 * manager may, with a reason, before the order is finished; both people are told.
 */
export async function transferAccountability(trx: Tx, actor: Actor, id: string, input: TransferAccountabilityInput, now: Date = new Date()): Promise<WorkOrderActionResult> {
  const reason = requireReason(input.reason);
  const { order: before, who } = await loadVisibleWorkOrder(trx, actor, id);
  assertVersion(before.version, input.version);
  if (FINISHED_WORK_ORDER_STATUSES.includes(before.status)) throw new WorkOrderTransitionError(before.status, 'transferAccountability');
  if (!canTransferAccountability(workOrderSubject(before), who)) throw new ForbiddenError('workOrders.error.transferManagersOnly');
  const target = await findProjectStaff(trx, before.company_id, before.project_id, input.userId);
  if (!target) throw fieldError('userId', 'workOrders.field.notProjectStaff');
  if (target.id === before.accountable_staff_id) throw fieldError('userId', 'workOrders.field.sameAccountable');

  const order = await updateVersioned(trx, 'work_orders', before, { accountable_staff_id: target.id });
  const from = before.accountable_staff_id;
  const data = { fromUserId: from, toUserId: target.id, toName: target.name };
  const at = now.toISOString();
  await recordWorkOrderEvent(trx, order, { action: 'transferAccountability', actorId: actor.userId, reason, data, at });
  await recordAudit(trx, actor, order.company_id, { action: 'workOrder.transferAccountability', entityType: 'work_order', entityId: order.id, projectId: order.project_id, before, after: order });
  const notice = { kind: 'accountable', params: { actor: actor.name, reason, to: target.name } };
  const notifications = [
    ...(await noticeWorkOrder(trx, order, actor.userId, { ...notice, userIds: [target.id], bodyKey: 'workOrders.notice.accountableToBody' })),
    ...(await noticeWorkOrder(trx, order, actor.userId, { ...notice, userIds: [from], bodyKey: 'workOrders.notice.accountableFromBody' })),
  ];
  return { order, notifications };
}
