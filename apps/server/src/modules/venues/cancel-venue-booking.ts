import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../platform/http/errors.js';
import type { CancelBookingBody } from './schemas.js';
import { transitionWorkOrder } from '../work-orders/transition-work-order.js';
import { isDeskStaff, isOwnerAccount, type VenueBookingRow } from './venue-access.js';

/**
 * Frees the slot (the row leaves the unique index over active rows) and cancels its work order
 * through the work-order state machine, in one transaction: if the order may not be cancelled
 * any more (work has started), the booking stays too.
 */
export async function cancelVenueBooking(trx: Tx, actor: Actor, bookingId: string, input: CancelBookingBody, now: Date = new Date()): Promise<VenueBookingRow> {
  const before = await findCancellableBooking(trx, actor, bookingId);
  if (before.status !== 'active') throw new ConflictError('BOOKING_NOT_ACTIVE', 'venue.error.bookingNotActive');
  const after = await updateVersioned(trx, 'venue_bookings', before, { status: 'cancelled', cancelled_at: now.toISOString(), cancelled_by: actor.userId });
  // An order already cancelled from the work-order page only needs its slot freed here.
  const order = await trx.selectFrom('work_orders').select('status').where('id', '=', before.work_order_id).executeTakeFirstOrThrow();
  if (order.status !== 'cancelled') await transitionWorkOrder(trx, actor, before.work_order_id, { action: 'cancel', reason: input.reason ?? null }, now);
  await recordAudit(trx, actor, before.company_id, { action: 'cancel', entityType: 'venueBooking', entityId: before.id, projectId: before.project_id, before, after });
  return after;
}

/** The owner who booked, or the work-order desk of the project; anyone else gets 404 (owners) or 403 (other staff). */
async function findCancellableBooking(trx: Tx, actor: Actor, bookingId: string): Promise<VenueBookingRow> {
  const booking = await trx.selectFrom('venue_bookings').selectAll().where('id', '=', bookingId).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!booking) throw new NotFoundError('entity.venueBooking');
  if (isOwnerAccount(actor)) {
    if (booking.booked_by !== actor.userId) throw new NotFoundError('entity.venueBooking');
    return booking;
  }
  assertProjectVisible(actor, booking.project_id, 'entity.venueBooking');
  if (!isDeskStaff(actor)) throw new ForbiddenError();
  return booking;
}
