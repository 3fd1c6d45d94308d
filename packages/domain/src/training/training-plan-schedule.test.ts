import { describe, expect, it } from 'vitest';
import { occurrenceBefore, occurrenceOnOrAfter, planOverdue, type TrainingPlanTimetable } from './training-plan-schedule.js';

const fortnightly: TrainingPlanTimetable = { startDate: '2026-03-02', recurrence: { kind: 'everyWeeks', weeks: 2 } };
const monthly31: TrainingPlanTimetable = { startDate: '2026-01-15', recurrence: { kind: 'monthly', dayOfMonth: 31 } };
const monthly10: TrainingPlanTimetable = { startDate: '2026-03-05', recurrence: { kind: 'monthly', dayOfMonth: 10 } };

describe('occurrences of a recurring training plan', () => {
  it.each([
    [fortnightly, '2026-01-01', '2026-03-02'],
    [fortnightly, '2026-03-02', '2026-03-02'],
    [fortnightly, '2026-03-03', '2026-03-16'],
    [fortnightly, '2026-03-16', '2026-03-16'],
    [monthly31, '2026-01-15', '2026-01-31'],
    [monthly31, '2026-02-01', '2026-02-28'],
    [monthly31, '2026-04-05', '2026-04-30'],
    [monthly10, '2026-03-05', '2026-03-10'],
    [monthly10, '2026-03-11', '2026-04-10'],
    [monthly10, '2026-12-11', '2027-01-10'],
  ])('next occurrence of %j on or after %s is %s', (plan, date, expected) => {
    expect(occurrenceOnOrAfter(plan, date)).toBe(expected);
  });

  it.each([
    [fortnightly, '2026-03-02', null],
    [fortnightly, '2026-03-03', '2026-03-02'],
    [fortnightly, '2026-03-16', '2026-03-02'],
    [fortnightly, '2026-03-17', '2026-03-16'],
    [monthly31, '2026-01-31', null],
    [monthly31, '2026-03-01', '2026-02-28'],
    [monthly10, '2026-03-10', null],
    [monthly10, '2026-04-10', '2026-03-10'],
    [monthly10, '2026-04-11', '2026-04-10'],
    [monthly10, '2027-01-05', '2026-12-10'],
  ])('last occurrence of %j before %s is %s', (plan, date, expected) => {
    expect(occurrenceBefore(plan, date)).toBe(expected);
  });

  it.each([
    [{ date: null, sessionStatus: null }, false],
    [{ date: '2026-03-10', sessionStatus: null }, true],
    [{ date: '2026-03-10', sessionStatus: 'scheduled' as const }, true],
    [{ date: '2026-03-10', sessionStatus: 'cancelled' as const }, true],
    [{ date: '2026-03-10', sessionStatus: 'held' as const }, false],
    [{ date: '2026-03-10', sessionStatus: 'recorded' as const }, false],
  ])('overdue when the last due session %j did not take place: %s', (lastDue, expected) => {
    expect(planOverdue(lastDue)).toBe(expected);
  });
});
