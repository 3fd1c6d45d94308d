import { slotWithinServiceHours, venueSlotGrid, venueSlotStatus } from '@guanjia/domain/venues/venue-slots';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { getWorkingCalendar } from '../calendar/working-calendar-cache.js';
import { parseServiceHours } from '../service-catalog/service-item-record.js';
import { findVenueBookingItem } from './find-venue-booking-item.js';
import type { SlotsView } from './schemas.js';
import { findVisibleVenue, householdLabels, isOwnerAccount, ownerHouseholdIds } from './venue-access.js';

/** Lead time assumed when the project's catalog lacks the item: the seed's 提前1个工作日预约. */
const DEFAULT_LEAD_WORKING_DAYS = 1;

/**
 * One day of a venue, slot by slot. Staff see which household holds a slot and its work order;
 * an owner sees only that a slot is taken, unless the booking is their own.
 */
export async function getVenueSlots(db: DbOrTx, actor: Actor, venueId: string, date: string, now: Date = new Date()): Promise<SlotsView> {
  const venue = await findVisibleVenue(db, actor, venueId);
  const item = await findVenueBookingItem(db, venue.project_id);
  const calendar = await getWorkingCalendar(db);
  const earliest = calendar.earliestServiceDate(now, item?.lead_working_days ?? DEFAULT_LEAD_WORKING_DAYS);
  const bookings = await db
    .selectFrom('venue_bookings')
    .innerJoin('work_orders', 'work_orders.id', 'venue_bookings.work_order_id')
    .select([
      'venue_bookings.id',
      'venue_bookings.slot_start',
      'venue_bookings.household_id',
      'venue_bookings.party_size',
      'venue_bookings.booked_by',
      'venue_bookings.work_order_id',
      'work_orders.number',
    ])
    .where('venue_bookings.venue_id', '=', venue.id)
    .where('venue_bookings.slot_date', '=', date)
    .where('venue_bookings.status', '=', 'active')
    // A booking whose order was cancelled from the work-order page holds nothing any more.
    .where('work_orders.status', '!=', 'cancelled')
    .execute();
  // Without an enabled 会所场地预定 item nothing can be booked, so every slot shows closed.
  const served = item && item.enabled === 1 ? parseServiceHours(item.service_hours) : null;
  const byStart = new Map(bookings.map((b) => [b.slot_start, b]));
  const owner = isOwnerAccount(actor);
  const mineHouseholds = owner ? new Set(await ownerHouseholdIds(db, actor, venue.project_id)) : new Set<string>();
  const labels = owner ? new Map<string, string>() : await householdLabels(db, bookings.flatMap((b) => (b.household_id ? [b.household_id] : [])));

  return {
    venueId: venue.id,
    date,
    earliestDate: earliest.date,
    calendarComplete: earliest.calendarComplete,
    slots: venueSlotGrid({ openTime: venue.open_time, closeTime: venue.close_time, slotMinutes: venue.slot_minutes }).map((slot) => {
      const b = byStart.get(slot.start);
      const open = served !== null && slotWithinServiceHours(date, slot, served);
      const status = venueSlotStatus({ date, slot, booked: b !== undefined, served: open, now, earliestDate: earliest.date });
      if (!b) return { ...slot, status };
      const mine = b.booked_by === actor.userId || (b.household_id !== null && mineHouseholds.has(b.household_id));
      if (owner && !mine) return { ...slot, status };
      const booking = owner
        ? { id: b.id, mine, workOrderId: b.work_order_id, workOrderNumber: b.number }
        : {
            id: b.id,
            mine,
            workOrderId: b.work_order_id,
            workOrderNumber: b.number,
            householdId: b.household_id,
            householdLabel: b.household_id ? (labels.get(b.household_id) ?? null) : null,
            partySize: b.party_size,
          };
      return { ...slot, status, booking };
    }),
  };
}
