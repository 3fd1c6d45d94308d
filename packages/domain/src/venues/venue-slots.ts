/**
 * 会所场地预定: a venue opens from `openTime` to `closeTime` (Shanghai wall clock) and is booked in
 * slots of `slotMinutes` laid from the opening time. Pure rules shared by the server and the web.
 */
import { serviceHoursBreach } from '../service-catalog/service-hours.js';
import type { ServiceHours } from '../service-catalog/catalog.js';
import { shanghaiInstant } from '../shared/business-date.js';
import { hhmmToMinutes, minutesToHhmm } from '../shared/wall-clock.js';

export { hhmmToMinutes, minutesToHhmm, shanghaiInstant };

export interface VenueHours {
  openTime: string;
  closeTime: string;
  slotMinutes: number;
}

export interface VenueSlot {
  start: string;
  end: string;
}

export const MIN_SLOT_MINUTES = 15;
export const MAX_SLOT_MINUTES = 480;

export type VenueHoursProblem =
  | { field: 'openTime' | 'closeTime'; reason: 'format' }
  | { field: 'closeTime'; reason: 'notAfterOpen' }
  | { field: 'slotMinutes'; reason: 'range' | 'notDividing' };

/** The first thing wrong with a venue's hours, or null: open before close, slots of 15–480 minutes that fill the span exactly. */
export function venueHoursProblem(hours: VenueHours): VenueHoursProblem | null {
  const open = hhmmToMinutes(hours.openTime);
  const close = hhmmToMinutes(hours.closeTime);
  if (Number.isNaN(open) || open === 24 * 60) return { field: 'openTime', reason: 'format' };
  if (Number.isNaN(close)) return { field: 'closeTime', reason: 'format' };
  if (!(open < close)) return { field: 'closeTime', reason: 'notAfterOpen' };
  const slot = hours.slotMinutes;
  if (!Number.isInteger(slot) || slot < MIN_SLOT_MINUTES || slot > MAX_SLOT_MINUTES) return { field: 'slotMinutes', reason: 'range' };
  if ((close - open) % slot !== 0) return { field: 'slotMinutes', reason: 'notDividing' };
  return null;
}

/** Every slot of a day, in order. Hours are assumed valid (see venueHoursProblem). */
export function venueSlotGrid(hours: VenueHours): VenueSlot[] {
  const open = hhmmToMinutes(hours.openTime);
  const close = hhmmToMinutes(hours.closeTime);
  const slots: VenueSlot[] = [];
  for (let from = open; from + hours.slotMinutes <= close; from += hours.slotMinutes) {
    slots.push({ start: minutesToHhmm(from), end: minutesToHhmm(from + hours.slotMinutes) });
  }
  return slots;
}

/** The slot starting at `start`, or null when `start` is not on the venue's grid or outside its hours. */
export function venueSlotAt(hours: VenueHours, start: string): VenueSlot | null {
  const open = hhmmToMinutes(hours.openTime);
  const close = hhmmToMinutes(hours.closeTime);
  const from = hhmmToMinutes(start);
  if (Number.isNaN(from) || from < open || from + hours.slotMinutes > close) return null;
  if ((from - open) % hours.slotMinutes !== 0) return null;
  return { start: minutesToHhmm(from), end: minutesToHhmm(from + hours.slotMinutes) };
}

export type VenueSlotStatus = 'free' | 'booked' | 'past' | 'closed' | 'tooEarly';

/** The service hours of the catalog item 会所场地预定. */
export type BookingServiceHours = ServiceHours;

/** True when the catalog item takes bookings for the whole slot on that date. */
export function slotWithinServiceHours(date: string, slot: VenueSlot, hours: BookingServiceHours): boolean {
  return serviceHoursBreach(hours, { date, start: slot.start, end: slot.end }) === null;
}

/**
 * A slot's status for a viewer at `now`: a booking wins (staff still see it once past), then a slot
 * already begun is past, one outside the item's service hours is closed, and one before the
 * earliest service date of the lead time is too early.
 */
export function venueSlotStatus(input: { date: string; slot: VenueSlot; booked: boolean; served: boolean; now: Date; earliestDate: string }): VenueSlotStatus {
  if (input.booked) return 'booked';
  if (shanghaiInstant(input.date, input.slot.start).getTime() <= input.now.getTime()) return 'past';
  if (!input.served) return 'closed';
  if (input.date < input.earliestDate) return 'tooEarly';
  return 'free';
}
