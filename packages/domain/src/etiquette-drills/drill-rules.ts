/**
 * Who works the etiquette drills (4.5.4) and when a drill may be recorded. The server's guards and
 * the web's buttons read the same lists.
 */
import { COMPANY_WIDE_ROLES, type Role } from '../auth/roles.js';
import { RECEPTION_READ_ROLES } from '../reception/reception-roles.js';
import { shanghaiInstant } from '../shared/business-date.js';
import { hhmmToMinutes } from '../shared/wall-clock.js';
import { DRILL_MINUTES, peakPeriodCovers, peakPeriodProblem, type DrillSlot, type PeakSalesPeriod } from './drill-timetable.js';

/** Sets a sales center's peak sales periods and rotation: the service-center manager and the company. */
export const DRILL_SETTINGS_ROLES: readonly Role[] = [...COMPANY_WIDE_ROLES, 'serviceCenterManager'];

/** The post that holds the drills records them: butlers, their manager and the front-line staff. */
export const DRILL_RECORDER_ROLES: readonly Role[] = ['serviceCenterManager', 'butler', 'frontline'];

/** Who can be named as having performed a drill: the property company's staff of the project (guards may be a vendor's). */
export const DRILL_PERFORMER_ROLES: readonly Role[] = ['serviceCenterManager', 'butler', 'frontline', 'technician', 'vendorStaff'];

/** The etiquette-drill page: the company, the service center and its front line. */
export const DRILL_PAGE_ROLES: readonly Role[] = [...new Set([...DRILL_SETTINGS_ROLES, ...DRILL_RECORDER_ROLES])];

/** The day's timetable is shown on the reception board: whoever reads the board reads it. */
export const DRILL_TIMETABLE_ROLES: readonly Role[] = [...new Set([...DRILL_PAGE_ROLES, ...RECEPTION_READ_ROLES])];

/** The missed drills list: the manager told of them, and the company. */
export const DRILL_MISSED_READER_ROLES: readonly Role[] = DRILL_SETTINGS_ROLES;

/** A drill may be recorded from a little before its hour (the team lines up early) to the hour's end. */
export const RECORD_EARLY_MINUTES = 15;

export type DrillRecordProblem = 'tooEarly' | 'ended';

/** Why a record made at `now` is refused for the slot, or null. */
export function drillRecordProblem(slot: Pick<DrillSlot, 'date' | 'start' | 'end'>, now: Date | string): DrillRecordProblem | null {
  const nowMs = new Date(now).getTime();
  if (nowMs < shanghaiInstant(slot.date, slot.start).getTime() - RECORD_EARLY_MINUTES * 60_000) return 'tooEarly';
  if (nowMs >= shanghaiInstant(slot.date, slot.end).getTime()) return 'ended';
  return null;
}

/** Whether the period, valid and covering the slot's date, puts a slot at the slot's start time. */
export function periodHoldsSlot(p: PeakSalesPeriod, slot: Pick<DrillSlot, 'salesCenterId' | 'date' | 'start'>): boolean {
  if (p.salesCenterId !== slot.salesCenterId || peakPeriodProblem(p) || !peakPeriodCovers(p, slot.date)) return false;
  const from = hhmmToMinutes(p.startTime);
  const at = hhmmToMinutes(slot.start);
  return at >= from && (at - from) % DRILL_MINUTES === 0 && at + DRILL_MINUTES <= hhmmToMinutes(p.endTime);
}

/**
 * Whether a missed slot was planned before its hour ended: a peak period set up in the afternoon
 * for the same morning leaves the morning's slots missed on the board but flags none of them.
 */
export function slotPlannedInTime(periods: readonly (PeakSalesPeriod & { createdAt: string })[], slot: DrillSlot): boolean {
  const end = shanghaiInstant(slot.date, slot.end).getTime();
  return periods.some((p) => Date.parse(p.createdAt) < end && periodHoldsSlot(p, slot));
}
