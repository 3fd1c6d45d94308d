import { describe, expect, it } from 'vitest';
import { consultantResponseSeconds, DEFAULT_ALERT_THRESHOLD_SECONDS, handoffAlertDueAt, isHandoffOverdue, secondsBetween, secondsWaited, type WaitingVisit } from './handoff-alert.js';

const T = '2026-03-02T02:00:00.000Z';
const plus = (s: number) => new Date(Date.parse(T) + s * 1000).toISOString();
const waiting: WaitingVisit = { status: 'waiting', checkedInAt: T, notifiedAt: T, receivedAt: null };

describe('hand-off alert', () => {
  it('the default threshold is the seed’s one minute', () => expect(DEFAULT_ALERT_THRESHOLD_SECONDS).toBe(60));

  const cases: [string, WaitingVisit, number, string, boolean][] = [
    ['59 s after notifying: not yet', waiting, 60, plus(59), false],
    ['60 s: due', waiting, 60, plus(60), true],
    ['later still: due', waiting, 60, plus(600), true],
    ['a threshold of 90 s at 60 s: not yet', waiting, 90, plus(60), false],
    ['received in time: never', { ...waiting, status: 'received', receivedAt: plus(30) }, 60, plus(120), false],
    ['reassigned: counts from the new notification', { ...waiting, notifiedAt: plus(50) }, 60, plus(100), false],
    ['not checked in (an appointment): never', { status: 'expected', checkedInAt: null, notifiedAt: null, receivedAt: null }, 60, plus(999), false],
  ];
  for (const [name, visit, threshold, now, due] of cases) {
    it(name, () => expect(isHandoffOverdue(visit, threshold, now)).toBe(due));
  }

  it('falls due at notified + threshold', () => expect(handoffAlertDueAt(T, 60).toISOString()).toBe(plus(60)));

  it('wait time: from check-in to received, or to now while waiting; whole seconds, never negative', () => {
    expect(secondsWaited(waiting, plus(75.9))).toBe(75);
    expect(secondsWaited({ ...waiting, receivedAt: plus(42) }, plus(500))).toBe(42);
    expect(secondsWaited({ ...waiting, checkedInAt: null }, plus(5))).toBeNull();
    expect(secondsBetween(plus(10), T)).toBe(0);
    // After a reassignment the visitor's wait runs on; the new consultant's clock starts again.
    const reassigned = { ...waiting, notifiedAt: plus(70) };
    expect(secondsWaited(reassigned, plus(100))).toBe(100);
    expect(consultantResponseSeconds(reassigned, plus(100))).toBe(30);
  });
});
