import { businessDate, serviceHoursBreach, shanghaiInstant, type WorkingCalendar } from '@guanjia/domain';
import { parseServiceHours, type ServiceItemRow } from '../service-catalog/service-item-record.js';
import { LeadTimeError, ruleError } from './work-order-errors.js';

export interface BookingRequest {
  serviceDate: string;
  serviceStart: string;
  serviceEnd: string | null;
  /** A manager's urgent override may book inside the lead time (never in the past). */
  overrideAllowed: boolean;
}

export interface BookingCheck {
  /** The appointment's start as an instant (service times are Shanghai times). */
  startsAt: Date;
  /** True when the date lies inside the lead time and the manager's override let it through. */
  overrideUsed: boolean;
}

/**
 * An appointment must lie ahead, at least the item's lead time in working days after the request
 * (the national calendar decides), on a served weekday and within the service hours. The service
 * day itself may be a weekend or holiday when the item's hours include it.
 */
export function assertBookingAllowed(calendar: WorkingCalendar, item: Pick<ServiceItemRow, 'lead_working_days' | 'service_hours'>, req: BookingRequest, now: Date): BookingCheck {
  const startsAt = shanghaiInstant(req.serviceDate, req.serviceStart);
  if (req.serviceDate < businessDate(now)) throw ruleError('SERVICE_DATE_PAST', 'serviceDate', 'workOrders.error.datePast');
  if (startsAt < now) throw ruleError('SERVICE_DATE_PAST', 'serviceStart', 'workOrders.error.datePast');

  let overrideUsed = false;
  const earliest = calendar.earliestServiceDate(now, item.lead_working_days);
  if (req.serviceDate < earliest.date) {
    if (!req.overrideAllowed) throw new LeadTimeError(earliest.date, item.lead_working_days, earliest.calendarComplete);
    overrideUsed = true;
  }

  const hours = parseServiceHours(item.service_hours);
  const breach = serviceHoursBreach(hours, { date: req.serviceDate, start: req.serviceStart, end: req.serviceEnd });
  if (breach === 'serviceDate') throw ruleError('OUTSIDE_SERVICE_HOURS', breach, 'workOrders.error.outsideServiceDays');
  if (breach) throw ruleError('OUTSIDE_SERVICE_HOURS', breach, 'workOrders.error.outsideServiceHours', { start: hours.start, end: hours.end });
  return { startsAt, overrideUsed };
}
