import { venueHoursProblem, type VenueHours } from '@guanjia/domain/venues/venue-slots';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/http/errors.js';
import { parseServiceHours } from '../service-catalog/service-item-record.js';
import { findVenueBookingItem } from './find-venue-booking-item.js';

const REASON_KEYS = {
  format: 'venue.field.timeFormat',
  notAfterOpen: 'venue.field.closeNotAfterOpen',
  range: 'venue.field.slotRange',
  notDividing: 'venue.field.slotNotDividing',
} as const;

const fieldProblem = (params: Record<string, unknown>, field: string, key: string) => new AppError(400, 'VALIDATION_FAILED', 'error.validation', params, { [field]: key });

/**
 * 400 naming the field unless the hours make a clean grid of slots (open < close, 15–480 minutes
 * dividing the span) inside the service hours of the project's 会所场地预定 item, which every
 * booking is a work order of: a slot outside them could never be booked.
 */
export async function assertVenueHours(db: DbOrTx, projectId: string, hours: VenueHours): Promise<void> {
  const problem = venueHoursProblem(hours);
  if (problem) throw fieldProblem({ open: hours.openTime, close: hours.closeTime }, problem.field, REASON_KEYS[problem.reason]);
  const item = await findVenueBookingItem(db, projectId);
  if (!item) return;
  const served = parseServiceHours(item.service_hours);
  const params = { start: served.start, end: served.end };
  if (hours.openTime < served.start) throw fieldProblem(params, 'openTime', 'venue.field.outsideServiceHours');
  if (hours.closeTime > served.end) throw fieldProblem(params, 'closeTime', 'venue.field.outsideServiceHours');
}
