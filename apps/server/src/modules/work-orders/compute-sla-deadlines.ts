import { DEFAULT_OFFICE_HOURS, type OfficeHours, type WorkingCalendar } from '@guanjia/domain';
import type { ServiceItemRow } from '../service-catalog/service-item-record.js';

/** Without an item: half an hour to accept, a day to complete; an emergency 15 minutes and 4 hours, by the clock. */
export const DEFAULT_SLA = { accept: 30, complete: 1440 } as const;
export const EMERGENCY_SLA = { accept: 15, complete: 240 } as const;

export interface SlaDeadlines {
  acceptDueAt: string;
  completeDueAt: string;
}

type SlaItem = Pick<ServiceItemRow, 'sla_accept_minutes' | 'sla_complete_minutes' | 'sla_basis'>;

/**
 * The two SLA clocks of a new order. Accepting counts from now; completing from the appointment's
 * start when it lies ahead. Working-hour clocks count the service center's office hours on working
 * days; an emergency never waits for office hours and is never slower than the emergency defaults.
 */
export function computeSlaDeadlines(
  calendar: WorkingCalendar,
  item: SlaItem | null,
  emergency: boolean,
  now: Date,
  serviceStartsAt: Date | null,
  office: OfficeHours = DEFAULT_OFFICE_HOURS,
): SlaDeadlines {
  let accept: number = item?.sla_accept_minutes ?? DEFAULT_SLA.accept;
  let complete: number = item?.sla_complete_minutes ?? DEFAULT_SLA.complete;
  let working = item?.sla_basis === 'working';
  if (emergency) {
    accept = Math.min(accept, EMERGENCY_SLA.accept);
    complete = Math.min(complete, EMERGENCY_SLA.complete);
    working = false;
  }
  const add = (from: Date, minutes: number) => (working ? calendar.addWorkingMinutes(from, minutes, office) : new Date(from.getTime() + minutes * 60_000).toISOString());
  const completeFrom = serviceStartsAt && serviceStartsAt > now ? serviceStartsAt : now;
  return { acceptDueAt: add(now, accept), completeDueAt: add(completeFrom, complete) };
}
