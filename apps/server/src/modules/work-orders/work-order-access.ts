import { isWorkOrderOfferedTo, WORK_ORDER_DESK_ROLES, type ReplySubject, type WorkOrderActor, type WorkOrderSubject } from '@guanjia/domain';
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { hasRole } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { WorkOrderTable } from './tables.js';

export type WorkOrderRow = Selectable<WorkOrderTable>;

/** The policy's view of a row. */
export function workOrderSubject(row: WorkOrderRow): WorkOrderSubject {
  return {
    status: row.status,
    requesterUserId: row.requester_user_id,
    householdId: row.household_id,
    accountableStaffId: row.accountable_staff_id,
    assigneeUserId: row.assignee_user_id,
    assigneeDepartmentId: row.assignee_department_id,
    assigneeVendorId: row.assignee_vendor_id,
    dispatchMode: row.dispatch_mode,
    assignmentAcceptedAt: row.assignment_accepted_at,
  };
}

/** The policy's view of an order that may owe its requester an answer. */
export function replySubject(row: WorkOrderRow): ReplySubject {
  return { ...workOrderSubject(row), kind: row.kind, repliedAt: row.replied_at };
}

/** The policy's view of the caller; an owner account carries the households it belongs to. */
export async function workOrderActor(db: DbOrTx, actor: Actor): Promise<WorkOrderActor> {
  const who: WorkOrderActor = { userId: actor.userId, roles: actor.roles, departmentId: actor.departmentId, vendorId: actor.vendorId };
  if (actor.kind !== 'owner') return who;
  const ownerId = actor.ownerId;
  const rows = ownerId ? await db.selectFrom('household_members').select('household_id').where('owner_id', '=', ownerId).execute() : [];
  return { ...who, householdIds: rows.map((r) => r.household_id) };
}

/** Technicians and vendor staff without a desk role see only orders given to them or waiting in their pool. */
export function isFieldWorkerOnly(actor: Actor): boolean {
  return !hasRole(actor, ...WORK_ORDER_DESK_ROLES);
}

/**
 * Owners see their households' orders; staff see their projects' orders, field workers only those
 * assigned to them and those offered to their department or vendor while dispatched (so a grab
 * that lost the race reads "taken", not "not found"). The sales side is refused earlier (403).
 */
export function canSeeWorkOrder(actor: Actor, who: WorkOrderActor, row: WorkOrderRow): boolean {
  if (row.company_id !== actor.companyId) return false;
  if (actor.kind === 'owner') {
    return row.requester_user_id === actor.userId || (row.household_id !== null && (who.householdIds ?? []).includes(row.household_id));
  }
  if (!actor.projectIds.includes(row.project_id)) return false;
  if (!isFieldWorkerOnly(actor)) return true;
  return row.assignee_user_id === actor.userId || isWorkOrderOfferedTo(workOrderSubject(row), who);
}

export interface VisibleWorkOrder {
  order: WorkOrderRow;
  who: WorkOrderActor;
}

/** Re-reads an order; one the actor may not see is answered as not found. */
export async function loadVisibleWorkOrder(db: DbOrTx, actor: Actor, id: string): Promise<VisibleWorkOrder> {
  const [order, who] = await Promise.all([db.selectFrom('work_orders').selectAll().where('id', '=', id).executeTakeFirst(), workOrderActor(db, actor)]);
  if (!order || !canSeeWorkOrder(actor, who, order)) throw new NotFoundError('entity.workOrder');
  return { order, who };
}
