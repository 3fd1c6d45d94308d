import type { BookingView } from './schemas.js';
import type { VenueBookingRow } from './venue-access.js';

export function presentVenueBooking(b: VenueBookingRow): BookingView {
  return {
    id: b.id,
    projectId: b.project_id,
    venueId: b.venue_id,
    workOrderId: b.work_order_id,
    date: b.slot_date,
    start: b.slot_start,
    end: b.slot_end,
    partySize: b.party_size,
    householdId: b.household_id,
    status: b.status,
    note: b.note,
    createdAt: b.created_at,
    cancelledAt: b.cancelled_at,
  };
}
