import { uuidv7, type WorkOrderStatus } from '@guanjia/domain';
import { shanghaiInstant, venueSlotAt, venueSlotGrid } from '@guanjia/domain/venues/venue-slots';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import { AppError, BusinessRuleError, ConflictError, ValidationError } from '../../platform/http/errors.js';
import { translate } from '../../platform/http/i18n.js';
import type { NotificationRow } from '../notifications/notify.js';
import { createWorkOrder } from '../work-orders/create-work-order.js';
import { findVenueBookingItem } from './find-venue-booking-item.js';
import type { BookVenueBody } from './schemas.js';
import { findVisibleVenue, isOwnerAccount, ownerHouseholdIds, type VenueBookingRow, type VenueRow } from './venue-access.js';

export interface VenueBookingResult {
  booking: VenueBookingRow;
  workOrder: { id: string; number: string; status: WorkOrderStatus };
  /** Written in the transaction; the route publishes them after commit. */
  notifications: NotificationRow[];
}

/** 409 SLOT_TAKEN: another booking holds the slot (the unique index over active rows said so). */
export class SlotTakenError extends ConflictError {
  constructor() {
    super('SLOT_TAKEN', 'venue.error.slotTaken', {}, { start: 'venue.error.slotTaken' });
  }
}

/**
 * Books one slot as a work order of the project's 会所场地预定 item, in the caller's transaction:
 * slot and party checks, the lead time (in createWorkOrder), then the booking row. The unique index
 * over active rows is what makes a double booking impossible; its violation becomes 409 SLOT_TAKEN.
 */
export async function bookVenueSlot(trx: Tx, actor: Actor, venueId: string, input: BookVenueBody, now: Date = new Date()): Promise<VenueBookingResult> {
  const venue = await findVisibleVenue(trx, actor, venueId);
  if (venue.enabled !== 1) throw new BusinessRuleError('VENUE_DISABLED', 'venue.error.venueDisabled');
  const slot = venueSlotAt(hoursOf(venue), input.start);
  if (!slot) {
    const starts = venueSlotGrid(hoursOf(venue)).map((s) => s.start).join(', ');
    throw new AppError(400, 'VALIDATION_FAILED', 'error.validation', { starts }, { start: 'venue.field.notASlot' });
  }
  if (input.partySize > venue.capacity) {
    throw new AppError(400, 'VALIDATION_FAILED', 'error.validation', { capacity: venue.capacity }, { partySize: 'venue.field.overCapacity' });
  }
  if (shanghaiInstant(input.date, slot.start).getTime() <= now.getTime()) throw new BusinessRuleError('SLOT_PAST', 'venue.error.slotPast');
  const householdId = await resolveHousehold(trx, actor, venue, input.householdId);
  const item = await findVenueBookingItem(trx, venue.project_id);
  if (!item || item.enabled !== 1) throw new BusinessRuleError('VENUE_BOOKING_UNAVAILABLE', 'venue.error.bookingItemMissing');

  const notifications: NotificationRow[] = [];
  // The title is stored data, so it is written in the installation's first language.
  const words = { venue: venue.name, date: input.date, start: slot.start, end: slot.end, partySize: input.partySize, note: input.note ?? '' };
  const workOrder = await createWorkOrder(
    trx,
    actor,
    {
      projectId: venue.project_id,
      kind: 'booking',
      channel: isOwnerAccount(actor) ? 'h5' : 'web',
      serviceItemId: item.id,
      title: translate('zh-CN', 'venue.workOrder.title', words),
      description: translate('zh-CN', 'venue.workOrder.description', words).trim(),
      householdId,
      serviceDate: input.date,
      serviceStart: slot.start,
      serviceEnd: slot.end,
      leadOverrideReason: input.leadOverrideReason,
    },
    now,
    notifications,
  );

  const booking: VenueBookingRow = {
    id: uuidv7(),
    company_id: venue.company_id,
    project_id: venue.project_id,
    venue_id: venue.id,
    work_order_id: workOrder.id,
    slot_date: input.date,
    slot_start: slot.start,
    slot_end: slot.end,
    party_size: input.partySize,
    household_id: householdId,
    status: 'active',
    booked_by: actor.userId,
    note: input.note || null,
    cancelled_at: null,
    cancelled_by: null,
    ...newRowStamp(now.toISOString()),
  };
  await releaseSlotOfCancelledOrder(trx, actor, booking);
  try {
    await trx.insertInto('venue_bookings').values(booking).execute();
  } catch (err) {
    // The failed statement has aborted the transaction on PostgreSQL; the throw rolls back the work order too.
    if (isUniqueViolation(err)) throw new SlotTakenError();
    throw err;
  }
  await recordAudit(trx, actor, venue.company_id, { action: 'create', entityType: 'venueBooking', entityId: booking.id, projectId: venue.project_id, after: booking });
  return { booking, workOrder: { id: workOrder.id, number: workOrder.number, status: workOrder.status }, notifications };
}

/**
 * A booking whose work order was cancelled from the work-order page still holds its row in the
 * unique index; it is let go here (and audited), so the slot is free again as the day view shows.
 */
async function releaseSlotOfCancelledOrder(trx: Tx, actor: Actor, slot: VenueBookingRow): Promise<void> {
  const released = await trx
    .updateTable('venue_bookings')
    .set((eb) => ({ status: 'cancelled', cancelled_at: slot.created_at, updated_at: slot.created_at, version: eb('version', '+', 1) }))
    .where('venue_id', '=', slot.venue_id)
    .where('slot_date', '=', slot.slot_date)
    .where('slot_start', '=', slot.slot_start)
    .where('status', '=', 'active')
    .where((eb) => eb.exists(eb.selectFrom('work_orders').select('work_orders.id').whereRef('work_orders.id', '=', 'venue_bookings.work_order_id').where('work_orders.status', '=', 'cancelled')))
    .returningAll()
    .execute();
  for (const row of released) {
    await recordAudit(trx, actor, row.company_id, { action: 'release', entityType: 'venueBooking', entityId: row.id, projectId: row.project_id, after: row });
  }
}

const hoursOf = (v: VenueRow) => ({ openTime: v.open_time, closeTime: v.close_time, slotMinutes: v.slot_minutes });

/** An owner books for their own household (the only one, when they have one); staff name the household. */
async function resolveHousehold(trx: Tx, actor: Actor, venue: VenueRow, householdId: string | undefined): Promise<string> {
  if (isOwnerAccount(actor)) {
    const mine = await ownerHouseholdIds(trx, actor, venue.project_id);
    if (householdId) {
      if (!mine.includes(householdId)) throw new ValidationError({ householdId: 'venue.field.householdNotFound' });
      return householdId;
    }
    if (mine.length === 1) return mine[0]!;
    throw new ValidationError({ householdId: mine.length ? 'venue.field.householdRequired' : 'venue.field.householdNotFound' });
  }
  if (!householdId) throw new ValidationError({ householdId: 'venue.field.householdRequired' });
  const found = await trx
    .selectFrom('households')
    .select('id')
    .where('id', '=', householdId)
    .where('company_id', '=', venue.company_id)
    .where('project_id', '=', venue.project_id)
    .executeTakeFirst();
  if (!found) throw new ValidationError({ householdId: 'venue.field.householdNotFound' });
  // The work order names a requester: a household with nobody registered has no one to name.
  const member = await trx.selectFrom('household_members').select('id').where('household_id', '=', householdId).executeTakeFirst();
  if (!member) throw new ValidationError({ householdId: 'venue.field.householdEmpty' });
  return householdId;
}
