import { WORK_ORDER_WORKER_ROLES, type DispatchMode } from '@guanjia/domain';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { findProjectStaff } from './find-project-staff.js';
import { transitionWorkOrder, type WorkOrderActionResult } from './transition-work-order.js';
import type { WorkOrderRow } from './work-order-access.js';
import { fieldError } from './work-order-errors.js';
import { noticeWorkOrder, poolMemberIds } from './work-order-notices.js';

export interface DispatchInput {
  mode: DispatchMode;
  departmentId?: string | null;
  userId?: string | null;
  vendorId?: string | null;
  note?: string | null;
  version?: number;
}

interface Target {
  department: { id: string; name: string } | null;
  user: { id: string; name: string } | null;
  vendor: { id: string; name: string } | null;
}

/**
 * 派单 to a department, a named worker or a vendor of the order's project. In grab mode (抢单) the
 * department's or vendor's members are told and the first to grab it takes it; in assign mode the
 * named worker (or, with nobody named, a member of the department or vendor) accepts it.
 * Re-dispatching replaces the previous assignment; accountability never moves with it.
 */
export async function dispatchWorkOrder(trx: Tx, actor: Actor, id: string, input: DispatchInput, now?: Date): Promise<WorkOrderActionResult> {
  let target: Target = { department: null, user: null, vendor: null };
  const { order } = await transitionWorkOrder(
    trx,
    actor,
    id,
    {
      action: 'dispatch',
      version: input.version,
      reason: input.note,
      apply: async (before) => {
        target = await resolveTarget(trx, before, input);
        return {
          changes: {
            dispatch_mode: input.mode,
            assignee_department_id: target.department?.id ?? null,
            assignee_user_id: target.user?.id ?? null,
            assignee_vendor_id: target.vendor?.id ?? null,
            assignment_accepted_at: null,
          },
          data: { mode: input.mode, department: target.department, user: target.user, vendor: target.vendor },
        };
      },
    },
    now,
  );
  const notifications = order.assignee_user_id
    ? await noticeWorkOrder(trx, order, actor.userId, { userIds: [order.assignee_user_id], kind: 'assigned', bodyKey: 'workOrders.notice.assignedBody', params: { actor: actor.name } })
    : await noticeWorkOrder(trx, order, actor.userId, {
        userIds: await poolMemberIds(trx, order),
        kind: 'pool',
        bodyKey: order.dispatch_mode === 'grab' ? 'workOrders.notice.grabBody' : 'workOrders.notice.poolBody',
        params: { target: target.department?.name ?? target.vendor?.name ?? '' },
      });
  return { order, notifications };
}

async function resolveTarget(trx: Tx, order: WorkOrderRow, input: DispatchInput): Promise<Target> {
  const { departmentId, userId, vendorId } = input;
  if (!departmentId && !userId && !vendorId) throw fieldError('departmentId', 'workOrders.field.dispatchTarget');
  if (input.mode === 'grab' && userId) throw fieldError('userId', 'workOrders.field.grabNeedsPool');

  let department: Target['department'] = null;
  if (departmentId) {
    department =
      (await trx
        .selectFrom('departments')
        .select(['id', 'name'])
        .where('id', '=', departmentId)
        .where('company_id', '=', order.company_id)
        // The project's own, or a company-level one of the property company (not the developer's).
        .where((eb) => eb.or([eb('project_id', '=', order.project_id), eb.and([eb('project_id', 'is', null), eb('developer_id', 'is', null)])]))
        .executeTakeFirst()) ?? null;
    if (!department) throw fieldError('departmentId', 'workOrders.field.departmentNotInProject');
  }
  let vendor: Target['vendor'] = null;
  if (vendorId) {
    vendor =
      (await trx
        .selectFrom('vendors')
        .innerJoin('vendor_projects', 'vendor_projects.vendor_id', 'vendors.id')
        .select(['vendors.id', 'vendors.name'])
        .where('vendors.id', '=', vendorId)
        .where('vendors.company_id', '=', order.company_id)
        .where('vendors.active', '=', 1)
        .where('vendor_projects.project_id', '=', order.project_id)
        .executeTakeFirst()) ?? null;
    if (!vendor) throw fieldError('vendorId', 'workOrders.field.vendorNotServing');
  }
  let user: Target['user'] = null;
  if (userId) {
    const staff = await findProjectStaff(trx, order.company_id, order.project_id, userId);
    if (!staff || !staff.roles.some((r) => WORK_ORDER_WORKER_ROLES.includes(r))) throw fieldError('userId', 'workOrders.field.notProjectWorker');
    if (vendor && staff.vendor_id !== vendor.id) throw fieldError('userId', 'workOrders.field.userNotOfVendor');
    user = { id: staff.id, name: staff.name };
  }
  return { department, user, vendor };
}
