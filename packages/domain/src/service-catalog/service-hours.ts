/**
 * When a catalog item is served: its ISO weekdays and its daily hours (Shanghai wall clock). One
 * rule for the booking forms, the venue grid and the server's check of an appointment.
 */
import { businessDate, businessMinuteOfDay } from '../shared/business-date.js';
import { hhmmToMinutes, isoWeekday, minutesToHhmm } from '../shared/wall-clock.js';
import type { ServiceHours } from './catalog.js';

export interface ServiceWindow {
  start: string;
  end: string;
}

export function servedOn(hours: ServiceHours, date: string): boolean {
  return hours.days.includes(isoWeekday(date));
}

/** The field of an appointment that lies outside the service hours, or null when it fits. */
export type ServiceHoursBreach = 'serviceDate' | 'serviceStart' | 'serviceEnd';

export function serviceHoursBreach(hours: ServiceHours, appointment: { date: string; start: string; end: string | null }): ServiceHoursBreach | null {
  if (!servedOn(hours, appointment.date)) return 'serviceDate';
  if (appointment.start < hours.start || appointment.start >= hours.end) return 'serviceStart';
  if (appointment.end !== null && appointment.end > hours.end) return 'serviceEnd';
  return null;
}

/** Marks every `stepMinutes` from the start of the service hours to their end, both included. */
export function serviceTimeMarks(hours: ServiceHours, stepMinutes = 30): string[] {
  const marks: string[] = [];
  for (let m = hhmmToMinutes(hours.start); m <= hhmmToMinutes(hours.end); m += stepMinutes) marks.push(minutesToHhmm(m));
  return marks;
}

/**
 * Windows of `windowMinutes` inside the service hours on that date (the last one may be shorter);
 * none on a weekday the item is not served, and none already begun when the date is today in Shanghai.
 */
export function serviceWindows(hours: ServiceHours, date: string, now: Date, windowMinutes = 60): ServiceWindow[] {
  if (!servedOn(hours, date)) return [];
  const end = hhmmToMinutes(hours.end);
  const earliestStart = date === businessDate(now) ? businessMinuteOfDay(now) : -1;
  const windows: ServiceWindow[] = [];
  for (let from = hhmmToMinutes(hours.start); from < end; from += windowMinutes) {
    if (from >= earliestStart) windows.push({ start: minutesToHhmm(from), end: minutesToHhmm(Math.min(from + windowMinutes, end)) });
  }
  return windows;
}
