import { ACCOUNTABILITY_MANAGER_ROLES, uuidv7, WORK_ORDER_DESK_ROLES, type WorkOrderChannel, type WorkOrderKind } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible, hasRole } from '../../platform/http/access.js';
import { ForbiddenError, NotFoundError } from '../../platform/http/errors.js';
import { nextNumber } from '../../platform/sequences/next-number.js';
import { getWorkingCalendar } from '../calendar/working-calendar-cache.js';
import type { NotificationRow } from '../notifications/notify.js';
import { loadServiceItem } from '../service-catalog/load-service-item.js';
import type { ServiceItemRow } from '../service-catalog/service-item-record.js';
import { assertBookingAllowed } from './assert-booking-allowed.js';
import { attachOwnFiles } from './attach-own-files.js';
import { computeSlaDeadlines } from './compute-sla-deadlines.js';
import { officeHoursOf } from './office-hours.js';
import { recordWorkOrderEvent } from './record-work-order-event.js';
import { resolveRequester } from './resolve-requester.js';
import type { WorkOrderTable } from './tables.js';
import { assertReplyByDate } from './assert-reply-by-date.js';
import { fieldError, ruleError } from './work-order-errors.js';
import { noticeWorkOrder, projectDeskUserIds } from './work-order-notices.js';

export interface CreateWorkOrderInput {
  projectId: string;
  kind: WorkOrderKind;
  channel: WorkOrderChannel;
  serviceItemId?: string | null;
  title?: string | null;
  description?: string | null;
  householdId?: string | null;
  unitId?: string | null;
  requesterName?: string | null;
  requesterPhone?: string | null;
  serviceDate?: string | null;
  serviceStart?: string | null;
  serviceEnd?: string | null;
  emergency?: boolean;
  photoIds?: string[];
  leadOverrideReason?: string | null;
  /** A visitor's complaint or question at a sales center (案场): where it was raised and where it happened. */
  salesCenterId?: string | null;
  location?: string | null;
  /** The date agreed with the requester for an answer (complaints, questions, suggestions). */
  replyBy?: string | null;
}

const STAFF_CHANNELS: readonly WorkOrderChannel[] = ['phone', 'visit', 'web'];

/**
 * Records a booking, repair, request, complaint, inquiry or suggestion as a work order (工单).
 * A desk member who records it (phone, visit, web) is its accountable staff member from the start
 * and the order is accepted; an owner's H5 request waits, unaccountable, for the desk to receive it.
 * `notices` collects the notifications written, for the caller to publish after commit.
 */
export async function createWorkOrder(trx: Tx, actor: Actor, input: CreateWorkOrderInput, now: Date = new Date(), notices: NotificationRow[] = []): Promise<WorkOrderTable> {
  const isOwner = actor.kind === 'owner';
  if (!isOwner && !hasRole(actor, ...WORK_ORDER_DESK_ROLES)) throw new ForbiddenError('workOrders.error.createDeskOnly');
  const overrideReason = input.leadOverrideReason?.trim() || null;
  if (overrideReason && !hasRole(actor, ...ACCOUNTABILITY_MANAGER_ROLES)) throw new ForbiddenError('workOrders.error.overrideManagersOnly');
  if (isOwner && input.channel !== 'h5') throw fieldError('channel', 'workOrders.field.channelForOwner');
  if (!isOwner && !STAFF_CHANNELS.includes(input.channel)) throw fieldError('channel', 'workOrders.field.channelForStaff');
  if (isOwner && !input.householdId) throw fieldError('householdId', 'workOrders.field.required');
  if (!isOwner) assertProjectVisible(actor, input.projectId, 'entity.project');

  const requester = await resolveRequester(trx, actor, input);
  const item = input.serviceItemId ? await findItem(trx, input.projectId, input.serviceItemId) : null;
  const isBooking = input.kind === 'booking';
  const emergency = input.emergency === true;
  if (isBooking && !item) throw fieldError('serviceItemId', 'workOrders.field.required');
  if (isBooking && emergency) throw fieldError('emergency', 'workOrders.field.emergencyNotForBooking');
  if (!isBooking && (input.serviceDate || input.serviceStart || input.serviceEnd)) throw fieldError('serviceDate', 'workOrders.field.bookingOnly');
  if (isBooking && !input.serviceDate) throw fieldError('serviceDate', 'workOrders.field.required');
  if (isBooking && !input.serviceStart) throw fieldError('serviceStart', 'workOrders.field.required');
  if (input.serviceStart && input.serviceEnd && input.serviceEnd <= input.serviceStart) throw fieldError('serviceEnd', 'workOrders.field.endBeforeStart');
  const title = input.title?.trim() || item?.name;
  if (!title) throw fieldError('title', 'workOrders.field.required');
  if (item && !item.enabled) throw ruleError('ITEM_DISABLED', 'serviceItemId', 'workOrders.error.itemDisabled');
  if (item && isBooking && !item.bookable) throw ruleError('NOT_BOOKABLE', 'serviceItemId', 'workOrders.error.notBookable');
  if (item && input.kind === 'repair' && !item.repairable) throw ruleError('NOT_REPAIRABLE', 'serviceItemId', 'workOrders.error.notRepairable');

  const site = await checkSiteFields(trx, input, now);

  const calendar = await getWorkingCalendar(trx);
  const booking =
    isBooking && item
      ? assertBookingAllowed(calendar, item, { serviceDate: input.serviceDate!, serviceStart: input.serviceStart!, serviceEnd: input.serviceEnd ?? null, overrideAllowed: overrideReason !== null }, now)
      : null;
  const office = item?.sla_basis === 'working' && !emergency ? await officeHoursOf(trx, input.projectId) : undefined;
  const sla = computeSlaDeadlines(calendar, item, emergency, now, booking?.startsAt ?? null, office);

  const photoIds = await attachOwnFiles(trx, actor, input.photoIds, input.projectId, 'photoIds');
  const at = now.toISOString();
  const row: WorkOrderTable = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: input.projectId,
    number: await nextNumber(trx, { companyId: actor.companyId, prefix: 'GD', date: now }),
    kind: input.kind,
    status: isOwner ? 'submitted' : 'accepted',
    channel: input.channel,
    service_item_id: item?.id ?? null,
    category_number: item?.category_number ?? null,
    title,
    description: input.description?.trim() || null,
    emergency: emergency ? 1 : 0,
    household_id: requester.householdId,
    unit_id: requester.unitId,
    building_id: requester.buildingId,
    requester_user_id: isOwner ? actor.userId : null,
    requester_name: requester.name,
    requester_phone: requester.phone,
    accountable_staff_id: isOwner ? null : actor.userId,
    created_by: actor.userId,
    service_date: booking ? input.serviceDate! : null,
    service_start: booking ? input.serviceStart! : null,
    service_end: booking ? (input.serviceEnd ?? null) : null,
    lead_override_reason: booking?.overrideUsed ? overrideReason : null,
    dispatch_mode: null,
    assignee_department_id: null,
    assignee_user_id: null,
    assignee_vendor_id: null,
    assignment_accepted_at: null,
    accepted_at: isOwner ? null : at,
    started_at: null,
    completed_at: null,
    closed_at: null,
    cancelled_at: null,
    accept_due_at: sla.acceptDueAt,
    complete_due_at: sla.completeDueAt,
    escalation_level: 0,
    reopen_count: 0,
    urge_count: 0,
    return_visit_required: input.kind === 'complaint' || item?.return_visit_required ? 1 : 0,
    satisfaction: null,
    photo_ids: JSON.stringify(photoIds),
    completion_note: null,
    completion_photo_ids: '[]',
    ...site,
    replied_at: null,
    reply_note: null,
    reply_alert_level: 0,
    ...newRowStamp(at),
  };
  await trx.insertInto('work_orders').values(row).execute();

  const audit = { entityType: 'work_order', entityId: row.id, projectId: row.project_id };
  await recordWorkOrderEvent(trx, row, { action: 'create', to: row.status, actorId: actor.userId, data: { channel: row.channel, kind: row.kind }, at });
  await recordAudit(trx, actor, row.company_id, { ...audit, action: 'workOrder.create', after: row });
  if (row.reply_by) await recordWorkOrderEvent(trx, row, { action: 'agreeReplyDate', actorId: actor.userId, data: { replyBy: row.reply_by }, at });
  if (row.lead_override_reason) {
    const earliest = calendar.earliestServiceDate(now, item!.lead_working_days).date;
    const data = { serviceDate: row.service_date, earliestDate: earliest };
    await recordWorkOrderEvent(trx, row, { action: 'override', actorId: actor.userId, reason: row.lead_override_reason, data, at });
    await recordAudit(trx, actor, row.company_id, { ...audit, action: 'workOrder.leadOverride', after: { ...data, reason: row.lead_override_reason } });
  }
  if (isOwner) {
    const desk = await projectDeskUserIds(trx, row.project_id);
    notices.push(...(await noticeWorkOrder(trx, row, actor.userId, { userIds: desk, kind: 'submitted', bodyKey: 'workOrders.notice.submittedBody', params: { requester: row.requester_name } })));
  }
  return row;
}

/** The sales center must be one of the project's; a reply-by date is for complaints, questions and suggestions, from today on. */
async function checkSiteFields(trx: Tx, input: CreateWorkOrderInput, now: Date) {
  const salesCenterId = input.salesCenterId || null;
  if (salesCenterId) {
    const center = await trx.selectFrom('sales_centers').select('id').where('id', '=', salesCenterId).where('project_id', '=', input.projectId).executeTakeFirst();
    if (!center) throw fieldError('salesCenterId', 'workOrders.field.salesCenterNotFound');
  }
  const replyBy = input.replyBy || null;
  if (replyBy) assertReplyByDate(input.kind, replyBy, now);
  return { sales_center_id: salesCenterId, location: input.location?.trim() || null, reply_by: replyBy };
}

/** A bad item reference is a bad field of this request, not a missing page. */
async function findItem(trx: Tx, projectId: string, itemId: string): Promise<ServiceItemRow> {
  try {
    return await loadServiceItem(trx, projectId, itemId);
  } catch (err) {
    if (err instanceof NotFoundError) throw fieldError('serviceItemId', 'workOrders.field.itemNotFound');
    throw err;
  }
}
