/**
 * 员工礼仪演练 (4.5.4): during a sales center's peak sales periods, one etiquette drill per hour.
 *
 * - A peak period covers dates startDate…endDate (inclusive), optionally only some ISO weekdays,
 *   and daily hours startTime–endTime (Asia/Shanghai wall clock).
 * - Each whole hour from startTime that ends by endTime holds one drill slot: 10:00–17:00 gives
 *   10:00 … 16:00 (7 slots); 10:00–16:30 gives 10:00 … 15:00. Outside peak periods: no drills.
 * - Several periods covering the same date (e.g. a morning and an afternoon peak) add their slots;
 *   a start time given twice is one slot.
 * - Kinds follow the rotation (by default 保安会操表演 → 接待礼仪演示 → 管家服务模拟, or as configured,
 *   repeats allowed) restarting with its first kind at each day's first slot, so the day's board
 *   reads the same order every day.
 * - A slot is done when a record for it was made before its hour ended (a drill recorded late
 *   within the same hour counts); once its hour has passed without one, it is missed.
 */
import { parseDateToEpochDay } from '../calendar/epoch-day.js';
import { shanghaiInstant } from '../shared/business-date.js';
import { hhmmToMinutes, isoWeekday, minutesToHhmm } from '../shared/wall-clock.js';

export const DRILL_KINDS = ['guardDrill', 'receptionEtiquette', 'butlerSimulation'] as const;
export type DrillKind = (typeof DRILL_KINDS)[number];

export const DRILL_KIND_TITLES: Record<DrillKind, { zh: string; en: string }> = {
  guardDrill: { zh: '保安会操表演', en: 'Security guard drill' },
  receptionEtiquette: { zh: '接待礼仪演示', en: 'Reception etiquette demonstration' },
  butlerSimulation: { zh: '管家服务模拟', en: 'Butler service simulation' },
};

export const DRILL_MINUTES = 60;

export interface PeakSalesPeriod {
  salesCenterId: string;
  /** YYYY-MM-DD, inclusive. */
  startDate: string;
  /** YYYY-MM-DD, inclusive. */
  endDate: string;
  /** 'HH:MM' daily start of the peak hours. */
  startTime: string;
  /** 'HH:MM' daily end of the peak hours. */
  endTime: string;
  /** ISO weekdays (1 = Monday … 7 = Sunday) the period applies to; empty or absent: every day. */
  weekdays?: readonly number[];
}

export type PeakPeriodProblem =
  | { field: 'startDate' | 'endDate' | 'startTime' | 'endTime'; reason: 'format' }
  | { field: 'endDate'; reason: 'beforeStart' }
  | { field: 'endTime'; reason: 'lessThanAnHour' }
  | { field: 'weekdays'; reason: 'format' };

/** The first thing wrong with a peak period, or null. */
export function peakPeriodProblem(p: PeakSalesPeriod): PeakPeriodProblem | null {
  const startDay = parseDateToEpochDay(p.startDate);
  const endDay = parseDateToEpochDay(p.endDate);
  if (Number.isNaN(startDay)) return { field: 'startDate', reason: 'format' };
  if (Number.isNaN(endDay)) return { field: 'endDate', reason: 'format' };
  if (endDay < startDay) return { field: 'endDate', reason: 'beforeStart' };
  const start = hhmmToMinutes(p.startTime);
  const end = hhmmToMinutes(p.endTime);
  if (Number.isNaN(start) || start === 24 * 60) return { field: 'startTime', reason: 'format' };
  if (Number.isNaN(end)) return { field: 'endTime', reason: 'format' };
  if (end - start < DRILL_MINUTES) return { field: 'endTime', reason: 'lessThanAnHour' };
  if (p.weekdays && p.weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) return { field: 'weekdays', reason: 'format' };
  return null;
}

/** 'empty' for no kinds, 'unknownKind' for a kind not in DRILL_KINDS, else null. */
export function drillRotationProblem(rotation: readonly string[]): 'empty' | 'unknownKind' | null {
  if (rotation.length === 0) return 'empty';
  return rotation.every((k) => (DRILL_KINDS as readonly string[]).includes(k)) ? null : 'unknownKind';
}

/** Whether the period applies on a YYYY-MM-DD date. */
export function peakPeriodCovers(p: PeakSalesPeriod, date: string): boolean {
  const day = parseDateToEpochDay(date);
  if (Number.isNaN(day) || day < parseDateToEpochDay(p.startDate) || day > parseDateToEpochDay(p.endDate)) return false;
  return !p.weekdays || p.weekdays.length === 0 || p.weekdays.includes(isoWeekday(date));
}

export interface DrillSlot {
  salesCenterId: string;
  date: string;
  /** 'HH:MM' */
  start: string;
  /** 'HH:MM', one hour after start. */
  end: string;
  kind: DrillKind;
}

export interface DrillTimetableOptions {
  /** Only this sales center's slots. */
  salesCenterId?: string;
  /** The order of kinds; default DRILL_KINDS. Per sales center when given as a map. */
  rotation?: readonly DrillKind[] | Readonly<Record<string, readonly DrillKind[]>>;
}

function rotationFor(options: DrillTimetableOptions, salesCenterId: string): readonly DrillKind[] {
  const r = options.rotation;
  const chosen = !r ? undefined : Array.isArray(r) ? (r as readonly DrillKind[]) : (r as Record<string, readonly DrillKind[]>)[salesCenterId];
  return chosen && chosen.length > 0 ? chosen : DRILL_KINDS;
}

/** The day's drill slots (per sales center, by start time); none on a date outside every peak period. */
export function drillTimetable(periods: readonly PeakSalesPeriod[], date: string, options: DrillTimetableOptions = {}): DrillSlot[] {
  const startsByCenter = new Map<string, Set<number>>();
  for (const p of periods) {
    if (options.salesCenterId !== undefined && p.salesCenterId !== options.salesCenterId) continue;
    if (peakPeriodProblem(p) || !peakPeriodCovers(p, date)) continue;
    const starts = startsByCenter.get(p.salesCenterId) ?? new Set<number>();
    const end = hhmmToMinutes(p.endTime);
    for (let t = hhmmToMinutes(p.startTime); t + DRILL_MINUTES <= end; t += DRILL_MINUTES) starts.add(t);
    startsByCenter.set(p.salesCenterId, starts);
  }
  const out: DrillSlot[] = [];
  for (const center of [...startsByCenter.keys()].sort()) {
    const rotation = rotationFor(options, center);
    const starts = [...startsByCenter.get(center)!].sort((a, b) => a - b);
    starts.forEach((t, i) => {
      out.push({ salesCenterId: center, date, start: minutesToHhmm(t), end: minutesToHhmm(t + DRILL_MINUTES), kind: rotation[i % rotation.length]! });
    });
  }
  return out;
}

/** A drill recorded as done by the post (who and photo are kept by the server). */
export interface DrillRecord {
  salesCenterId: string;
  date: string;
  /** The slot's 'HH:MM' start. */
  start: string;
  /** ISO instant the record was made. */
  recordedAt: string;
}

export type DrillSlotStatus = 'upcoming' | 'due' | 'done' | 'missed';

const sameSlot = (s: DrillSlot, r: DrillRecord) => s.salesCenterId === r.salesCenterId && s.date === r.date && s.start === r.start;

/** Whether a record counts for its slot: made before the slot's hour ended. */
export function drillRecordCounts(slot: DrillSlot, record: DrillRecord): boolean {
  return sameSlot(slot, record) && Date.parse(record.recordedAt) < shanghaiInstant(slot.date, slot.end).getTime();
}

/**
 * upcoming before the hour starts; done once a counting record exists; due during the hour
 * without one; missed from the end of the hour without one (a record made after it does not count).
 */
export function drillSlotStatus(slot: DrillSlot, records: readonly DrillRecord[], now: Date | string): DrillSlotStatus {
  const nowMs = new Date(now).getTime();
  const done = records.some((r) => drillRecordCounts(slot, r) && Date.parse(r.recordedAt) <= nowMs);
  if (done) return 'done';
  if (nowMs < shanghaiInstant(slot.date, slot.start).getTime()) return 'upcoming';
  return nowMs < shanghaiInstant(slot.date, slot.end).getTime() ? 'due' : 'missed';
}

/** Slots whose hour has passed without a counting record: flagged to the manager. */
export function missedDrills(timetable: readonly DrillSlot[], records: readonly DrillRecord[], now: Date | string): DrillSlot[] {
  return timetable.filter((slot) => drillSlotStatus(slot, records, now) === 'missed');
}
