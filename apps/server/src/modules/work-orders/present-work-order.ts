import {
  canTransferAccountability,
  canUrge,
  serviceCategory,
  workOrderActionsFor,
  workOrderReplyRefusal,
  businessDate,
  type WorkOrderActor,
  type WorkOrderStatus,
} from '@guanjia/domain';
import { isAcceptClockRunning, isCompleteClockRunning } from '@guanjia/domain/work-orders/escalation';
import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { presentFile } from '../files/present-file.js';
import { requesterPhoneFor } from './present-work-order-rows.js';
import type { WorkOrderDetail } from './schemas.js';
import { replySubject, workOrderSubject, type WorkOrderRow } from './work-order-access.js';

const idsOf = (json: string) => JSON.parse(json) as string[];

/** Overdue flags of the two SLA clocks: a clock runs until the order is accepted / finished. */
export function slaFlags(row: WorkOrderRow, now: Date) {
  const subject = { status: row.status, acceptedAt: row.accepted_at, assignmentAcceptedAt: row.assignment_accepted_at, acceptDueAt: row.accept_due_at, completeDueAt: row.complete_due_at };
  const at = now.toISOString();
  const acceptOverdue = isAcceptClockRunning(subject) && row.accept_due_at! < at;
  const completeOverdue = isCompleteClockRunning(subject) && row.complete_due_at! < at;
  return { acceptDueAt: row.accept_due_at, completeDueAt: row.complete_due_at, acceptOverdue, completeOverdue };
}

/** The agreed reply date passed (in Shanghai) and the requester has no answer yet. */
export function isReplyOverdue(row: Pick<WorkOrderRow, 'reply_by' | 'replied_at' | 'status'>, now: Date): boolean {
  return row.reply_by !== null && row.replied_at === null && row.status !== 'cancelled' && businessDate(now) > row.reply_by;
}

/** The order's photos and completion photos, in one query when it has any. */
async function loadOrderFiles(db: DbOrTx, row: WorkOrderRow) {
  const fileIds = [...idsOf(row.photo_ids), ...idsOf(row.completion_photo_ids)];
  const files = fileIds.length ? await db.selectFrom('files').selectAll().where('id', 'in', fileIds).execute() : [];
  const fileById = new Map(files.map((f) => [f.id, presentFile(f)]));
  const filesOf = (json: string) => idsOf(json).flatMap((id) => fileById.get(id) ?? []);
  return { photos: filesOf(row.photo_ids), completionPhotos: filesOf(row.completion_photo_ids) };
}

function categoryOf(row: WorkOrderRow) {
  const category = row.category_number !== null ? serviceCategory(row.category_number) : undefined;
  return category ? { number: category.number, name: category.name } : row.category_number !== null ? { number: row.category_number, name: '' } : null;
}

/** The order's item, its category and its photos, shared by the staff and the owner views. */
export async function loadOrderParts(db: DbOrTx, row: WorkOrderRow) {
  const [item, files] = await Promise.all([
    row.service_item_id ? db.selectFrom('service_items').select(['id', 'number', 'name']).where('id', '=', row.service_item_id).executeTakeFirst() : undefined,
    loadOrderFiles(db, row),
  ]);
  return {
    serviceItem: item ? { id: item.id, number: item.number, name: item.name } : null,
    category: categoryOf(row),
    ...files,
  };
}

const none = sql<null>`null`;

/**
 * Everything the detail names, in one statement of primary-key subqueries (no FROM): each
 * statement costs more than its lookups, above all on PostgreSQL. An absent id selects null.
 */
function loadDetailNames(db: DbOrTx, row: WorkOrderRow) {
  const { project_id: projectId, service_item_id: itemId, household_id: householdId, unit_id: unitId } = row;
  const { assignee_department_id: departmentId, assignee_vendor_id: vendorId } = row;
  return db
    .selectNoFrom((eb) => {
      const userName = (id: string | null) => (id ? eb.selectFrom('users').select('name').where('id', '=', id) : none);
      return [
        eb.selectFrom('projects').select('name').where('id', '=', projectId).as('project_name'),
        (itemId ? eb.selectFrom('service_items').select('number').where('id', '=', itemId) : none).as('item_number'),
        (itemId ? eb.selectFrom('service_items').select('name').where('id', '=', itemId) : none).as('item_name'),
        (householdId ? eb.selectFrom('households').select('id').where('id', '=', householdId) : none).as('household_id'),
        (householdId ? eb.selectFrom('households').select('name').where('id', '=', householdId) : none).as('household_name'),
        (unitId ? eb.selectFrom('units').select('code').where('id', '=', unitId) : none).as('unit_code'),
        (unitId ? eb.selectFrom('units').select('building_id').where('id', '=', unitId) : none).as('building_id'),
        (unitId
          ? eb.selectFrom('units').innerJoin('buildings', 'buildings.id', 'units.building_id').select('buildings.name').where('units.id', '=', unitId)
          : none
        ).as('building_name'),
        (departmentId ? eb.selectFrom('departments').select('name').where('id', '=', departmentId) : none).as('department_name'),
        (vendorId ? eb.selectFrom('vendors').select('name').where('id', '=', vendorId) : none).as('vendor_name'),
        userName(row.accountable_staff_id).as('accountable_name'),
        userName(row.assignee_user_id).as('assignee_name'),
        userName(row.created_by).as('creator_name'),
        (row.sales_center_id ? eb.selectFrom('sales_centers').select('name').where('id', '=', row.sales_center_id) : none).as('sales_center_name'),
      ];
    })
    .executeTakeFirstOrThrow();
}

/**
 * The staff detail. The requester's phone is masked; the roles that see personal data, and a technician
 * or vendor worker while the order is assigned to them, reveal it through the logged reveal endpoint.
 */
export async function presentWorkOrder(db: DbOrTx, actor: Actor, who: WorkOrderActor, row: WorkOrderRow, now: Date = new Date()): Promise<WorkOrderDetail> {
  const [events, names, files] = await Promise.all([
    db
      .selectFrom('work_order_events')
      .leftJoin('users', 'users.id', 'work_order_events.actor_id')
      .selectAll('work_order_events')
      .select('users.name as actor_name')
      .where('work_order_events.work_order_id', '=', row.id)
      .orderBy('work_order_events.id')
      .execute(),
    loadDetailNames(db, row),
    loadOrderFiles(db, row),
  ]);
  if (names.project_name === null) throw new Error(`work order ${row.id}: project ${row.project_id} not found`);
  const person = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);
  const assignedToActor = row.assignee_user_id === actor.userId;
  const subject = workOrderSubject(row);
  const sla = slaFlags(row, now);

  return {
    id: row.id,
    number: row.number,
    projectId: row.project_id,
    projectName: names.project_name,
    kind: row.kind,
    status: row.status,
    channel: row.channel,
    category: categoryOf(row),
    serviceItem: row.service_item_id && names.item_name !== null ? { id: row.service_item_id, number: names.item_number!, name: names.item_name } : null,
    title: row.title,
    description: row.description,
    emergency: row.emergency === 1,
    household: names.household_id ? { id: names.household_id, name: names.household_name } : null,
    unit: row.unit_id && names.unit_code !== null && names.building_name !== null ? { id: row.unit_id, code: names.unit_code, buildingId: names.building_id!, buildingName: names.building_name } : null,
    requester: { userId: row.requester_user_id, name: row.requester_name, ...requesterPhoneFor(actor, row) },
    accountableStaff: person(row.accountable_staff_id, names.accountable_name),
    createdBy: person(row.created_by, names.creator_name)!,
    serviceDate: row.service_date,
    serviceStart: row.service_start,
    serviceEnd: row.service_end,
    leadOverrideReason: row.lead_override_reason,
    dispatchMode: row.dispatch_mode,
    assignee: person(row.assignee_user_id, names.assignee_name),
    assigneeDepartment: row.assignee_department_id && names.department_name !== null ? { id: row.assignee_department_id, name: names.department_name } : null,
    assigneeVendor: row.assignee_vendor_id && names.vendor_name !== null ? { id: row.assignee_vendor_id, name: names.vendor_name } : null,
    assignedToActor,
    assignmentAcceptedAt: row.assignment_accepted_at,
    acceptedAt: row.accepted_at,
    startedAt: row.started_at,
    completedAt: row.completed_at,
    closedAt: row.closed_at,
    cancelledAt: row.cancelled_at,
    ...sla,
    overdue: sla.acceptOverdue || sla.completeOverdue,
    escalationLevel: row.escalation_level,
    reopenCount: row.reopen_count,
    urgeCount: row.urge_count,
    returnVisitRequired: row.return_visit_required === 1,
    satisfaction: row.satisfaction,
    photos: files.photos,
    completionNote: row.completion_note,
    completionPhotos: files.completionPhotos,
    events: events.map((e) => ({
      id: e.id,
      action: e.action,
      fromStatus: e.from_status as WorkOrderStatus | null,
      toStatus: e.to_status as WorkOrderStatus | null,
      actor: person(e.actor_id, e.actor_name),
      reason: e.reason,
      data: e.data ? (JSON.parse(e.data) as Record<string, unknown>) : null,
      at: e.created_at,
    })),
    allowedActions: workOrderActionsFor(subject, who),
    canUrge: canUrge(subject, who),
    canTransferAccountability: canTransferAccountability(subject, who),
    salesCenter: row.sales_center_id && names.sales_center_name !== null ? { id: row.sales_center_id, name: names.sales_center_name } : null,
    location: row.location,
    replyBy: row.reply_by,
    repliedAt: row.replied_at,
    replyNote: row.reply_note,
    replyOverdue: isReplyOverdue(row, now),
    canReply: workOrderReplyRefusal(replySubject(row), who) === null,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
