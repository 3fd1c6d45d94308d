import { businessDate, shanghaiInstant } from '../shared/business-date.js';
import { allowedActions, nextState, type TransitionTable } from '../shared/state-machine.js';
import { hhmmToMinutes } from '../shared/wall-clock.js';

/**
 * 定时叫醒: a wake-up call at a Shanghai wall-clock time the owner sets, once on a date or every day
 * until cancelled. The job turns each occurrence into one message sent at that instant.
 */
export const WAKE_UP_REPEATS = ['once', 'daily'] as const;
export type WakeUpRepeat = (typeof WAKE_UP_REPEATS)[number];

/** SMS wakes a phone; in-app is for owners who keep the app open. */
export const WAKE_UP_CHANNELS = ['sms', 'inApp'] as const;
export type WakeUpChannel = (typeof WAKE_UP_CHANNELS)[number];

export const WAKE_UP_STATUSES = ['active', 'done', 'cancelled'] as const;
export type WakeUpStatus = (typeof WAKE_UP_STATUSES)[number];
export type WakeUpAction = 'cancel' | 'finish';

/** active until cancelled; a one-off call is done once its message is written. */
export const WAKE_UP_TRANSITIONS: TransitionTable<WakeUpStatus, WakeUpAction> = {
  active: { cancel: 'cancelled', finish: 'done' },
  done: {},
  cancelled: {},
};

export function wakeUpNextState(from: WakeUpStatus, action: WakeUpAction): WakeUpStatus {
  return nextState('wakeUpCall', WAKE_UP_TRANSITIONS, from, action);
}

/** What a person may do next ('finish' is the job's). */
export function wakeUpActions(from: WakeUpStatus): 'cancel'[] {
  return allowedActions(WAKE_UP_TRANSITIONS, from).filter((a): a is 'cancel' => a === 'cancel');
}

export interface WakeUpRule {
  /** 'HH:MM' in Shanghai, 00:00–23:59. */
  time: string;
  repeat: WakeUpRepeat;
  /** YYYY-MM-DD: the day of a one-off call; ignored for daily calls. */
  date?: string | null;
}

export function validWakeUpTime(time: string): boolean {
  const m = hhmmToMinutes(time);
  return Number.isFinite(m) && m < 24 * 60;
}

/**
 * The first occurrence strictly after `after`: a one-off call's instant if still ahead (else none);
 * a daily call's time today in Shanghai if still ahead, else tomorrow's.
 */
export function nextWakeUpOccurrence(rule: WakeUpRule, after: Date): Date | null {
  if (!validWakeUpTime(rule.time)) return null;
  if (rule.repeat === 'once') {
    if (!rule.date) return null;
    const at = shanghaiInstant(rule.date, rule.time);
    return at.getTime() > after.getTime() ? at : null;
  }
  const today = shanghaiInstant(businessDate(after), rule.time);
  if (today.getTime() > after.getTime()) return today;
  // Shanghai keeps no daylight saving: the next day's time is 24 hours later.
  return new Date(today.getTime() + 86_400_000);
}

/** How early the job writes an occurrence's message (sent at the occurrence itself), and how late it still may. */
export const WAKE_UP_LEAD_MS = 10 * 60_000;
export const WAKE_UP_GRACE_MS = 30 * 60_000;

/** A wake-up more than half an hour late (the worker was down) wakes nobody: skipped, not sent. */
export function wakeUpMissed(occurrence: Date, now: Date): boolean {
  return now.getTime() - occurrence.getTime() > WAKE_UP_GRACE_MS;
}

/** One message per call and occurrence: the job's reruns find it by this key. */
export function wakeUpMessageKey(wakeUpId: string, occurrence: Date): string {
  return `wakeUp:${wakeUpId}:${occurrence.toISOString()}`;
}
