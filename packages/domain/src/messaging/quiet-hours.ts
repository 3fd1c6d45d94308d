import { businessDate, businessMinuteOfDay, shanghaiInstant } from '../shared/business-date.js';
import { hhmmToMinutes } from '../shared/wall-clock.js';
import type { MessageChannel } from './topics.js';

/** Shanghai wall-clock times; start after end means the period wraps past midnight. */
export interface QuietHours {
  start: string;
  end: string;
}

/** 21:00–08:00 Shanghai unless a project sets its own. */
export const DEFAULT_QUIET_HOURS: QuietHours = { start: '21:00', end: '08:00' };

const DAY_MS = 86_400_000;

/** Whether an instant falls in the quiet period; equal start and end means no quiet hours at all. */
export function inQuietHours(instant: Date, quiet: QuietHours): boolean {
  const s = hhmmToMinutes(quiet.start);
  const e = hhmmToMinutes(quiet.end);
  if (s === e) return false;
  const m = businessMinuteOfDay(instant);
  return s < e ? m >= s && m < e : m >= s || m < e;
}

/** The instant the quiet period holding `instant` ends (call only inside it). */
export function quietHoursEnd(instant: Date, quiet: QuietHours): Date {
  const date = businessDate(instant);
  const endToday = shanghaiInstant(date, quiet.end);
  // Evening part of a period that wraps midnight: it ends tomorrow morning.
  return endToday.getTime() <= instant.getTime() ? new Date(endToday.getTime() + DAY_MS) : endToday;
}

export interface DeliveryTimeInput {
  channel: MessageChannel;
  /** When the message should go: now, or the time the owner asked for. */
  at: Date;
  urgent: boolean;
  /** The owner asked for this time (a wake-up call), so quiet hours do not hold it back. */
  requestedTime: boolean;
  quiet: QuietHours;
}

export type DeliveryReason = 'notSms' | 'urgent' | 'requestedTime' | 'outsideQuietHours' | 'quietHours';

/**
 * When a message may go out. Only SMS wakes a phone at night, so only SMS waits for the end of quiet
 * hours, unless it is urgent (an emergency) or the owner asked for that time. In-app and e-mail are
 * read when the owner chooses and are never held back.
 */
export function deliveryTime(input: DeliveryTimeInput): { notBefore: Date; deferred: boolean; reason: DeliveryReason } {
  const { at } = input;
  if (input.channel !== 'sms') return { notBefore: at, deferred: false, reason: 'notSms' };
  if (input.urgent) return { notBefore: at, deferred: false, reason: 'urgent' };
  if (input.requestedTime) return { notBefore: at, deferred: false, reason: 'requestedTime' };
  if (!inQuietHours(at, input.quiet)) return { notBefore: at, deferred: false, reason: 'outsideQuietHours' };
  return { notBefore: quietHoursEnd(at, input.quiet), deferred: true, reason: 'quietHours' };
}

/** 'HH:MM' pairs a project may set: both valid times. */
export function validQuietHours(quiet: QuietHours): boolean {
  return Number.isFinite(hhmmToMinutes(quiet.start)) && Number.isFinite(hhmmToMinutes(quiet.end)) && hhmmToMinutes(quiet.start) < 1440 && hhmmToMinutes(quiet.end) <= 1440;
}
