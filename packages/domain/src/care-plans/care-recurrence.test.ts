import { describe, expect, it } from 'vitest';
import { careOccurrenceAfter, careOccurrenceOnOrAfter, nextDueAfter, normalizeRecurrence, recurrenceLabel, recurrenceProblems, upcomingCareOccurrences, type CareRecurrence } from './care-recurrence.js';

// 2026-03-02 is a Monday.
const monTue: CareRecurrence = { kind: 'weekly', weekdays: [2, 5] };
const sunday: CareRecurrence = { kind: 'weekly', weekdays: [7] };
const on31: CareRecurrence = { kind: 'monthly', dayOfMonth: 31 };
const on15: CareRecurrence = { kind: 'monthly', dayOfMonth: 15 };
const every10: CareRecurrence = { kind: 'everyDays', days: 10 };
const once: CareRecurrence = { kind: 'once' };

describe('care recurrence: the next occurrence on or after a date', () => {
  it.each([
    ['weekly Tue/Fri from a Monday', monTue, '2026-03-02', '2026-03-02', '2026-03-03'],
    ['weekly Tue/Fri on the Tuesday itself', monTue, '2026-03-02', '2026-03-03', '2026-03-03'],
    ['weekly Tue/Fri from the Wednesday', monTue, '2026-03-02', '2026-03-04', '2026-03-06'],
    ['weekly Tue/Fri from the Saturday wraps into next week', monTue, '2026-03-02', '2026-03-07', '2026-03-10'],
    ['weekly Sunday across a month end', sunday, '2026-03-02', '2026-03-30', '2026-04-05'],
    ['weekly never before the start', monTue, '2026-03-10', '2026-03-01', '2026-03-10'],
    ['monthly on the 31st in January', on31, '2026-01-15', '2026-01-15', '2026-01-31'],
    ['monthly on the 31st is the 28th in February', on31, '2026-01-15', '2026-02-01', '2026-02-28'],
    ['monthly on the 31st is the 29th in a leap February', on31, '2028-01-15', '2028-02-01', '2028-02-29'],
    ['monthly on the 31st is the 30th in April', on31, '2026-01-15', '2026-04-01', '2026-04-30'],
    ['monthly on the 15th after the 15th moves to next month', on15, '2026-03-01', '2026-03-16', '2026-04-15'],
    ['monthly across the year end', on15, '2026-03-01', '2026-12-16', '2027-01-15'],
    ['every 10 days: the start', every10, '2026-03-02', '2026-02-20', '2026-03-02'],
    ['every 10 days: between occurrences', every10, '2026-03-02', '2026-03-05', '2026-03-12'],
    ['every 10 days: on an occurrence', every10, '2026-03-02', '2026-03-22', '2026-03-22'],
    ['once: on its date', once, '2026-03-05', '2026-03-01', '2026-03-05'],
  ])('%s', (_name, r, start, from, expected) => {
    expect(careOccurrenceOnOrAfter(r, start, from)).toBe(expected);
  });

  it('once: no occurrence after its date', () => {
    expect(careOccurrenceOnOrAfter(once, '2026-03-05', '2026-03-06')).toBeNull();
    expect(careOccurrenceAfter(once, '2026-03-05', '2026-03-05')).toBeNull();
  });

  it.each([
    [monTue, '2026-03-02', '2026-03-02', ['2026-03-03', '2026-03-06', '2026-03-10', '2026-03-13']],
    [on31, '2026-01-01', '2026-01-01', ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']],
    [every10, '2026-03-02', '2026-03-03', ['2026-03-12', '2026-03-22', '2026-04-01', '2026-04-11']],
    [once, '2026-03-02', '2026-03-01', ['2026-03-02']],
  ])('upcoming occurrences of %j from %s (start %s)', (r, start, from, expected) => {
    expect(upcomingCareOccurrences(r, start, from, 4)).toEqual(expected);
  });

  it.each([
    ['on time: the following occurrence', monTue, '2026-03-03', '2026-03-03', '2026-03-06'],
    ['behind: skips the missed dates to today at the earliest', monTue, '2026-03-03', '2026-03-12', '2026-03-13'],
    ['behind, today an occurrence: today', monTue, '2026-03-03', '2026-03-10', '2026-03-10'],
    ['a one-off is done', once, '2026-03-02', '2026-03-02', null],
  ])('next due after an occurrence: %s', (_name, r, due, today, expected) => {
    expect(nextDueAfter(r, '2026-03-02', due, today)).toBe(expected);
  });
});

describe('care recurrence: validation', () => {
  it.each([
    [{ kind: 'weekly', weekdays: [] }, { weekdays: 'weekdaysRequired' }],
    [{ kind: 'weekly', weekdays: [0, 3] }, { weekdays: 'weekdayRange' }],
    [{ kind: 'weekly', weekdays: [1, 7] }, {}],
    [{ kind: 'monthly', dayOfMonth: 32 }, { dayOfMonth: 'dayOfMonthRange' }],
    [{ kind: 'monthly', dayOfMonth: 31 }, {}],
    [{ kind: 'everyDays', days: 0 }, { days: 'daysRange' }],
    [{ kind: 'everyDays', days: 1.5 }, { days: 'daysRange' }],
    [{ kind: 'once' }, {}],
  ] as [CareRecurrence, object][])('%j → %j', (r, expected) => {
    expect(recurrenceProblems(r)).toEqual(expected);
  });

  it('normalises weekdays (sorted, unique) and drops stray fields', () => {
    expect(normalizeRecurrence({ kind: 'weekly', weekdays: [5, 2, 5] })).toEqual({ kind: 'weekly', weekdays: [2, 5] });
    expect(normalizeRecurrence({ kind: 'once', days: 3 } as CareRecurrence)).toEqual({ kind: 'once' });
  });
});

describe('care recurrence: labels', () => {
  it.each([
    [monTue, '每周二、五', 'Weekly on Tue, Fri'],
    [{ kind: 'weekly', weekdays: [1, 2, 3, 4, 5, 6, 7] }, '每天', 'Every day'],
    [on31, '每月 31 日', 'Monthly on day 31'],
    [every10, '每 10 天', 'Every 10 days'],
    [once, '一次（按需）', 'Once (on request)'],
  ] as [CareRecurrence, string, string][])('%j', (r, zh, en) => {
    expect(recurrenceLabel(r)).toBe(zh);
    expect(recurrenceLabel(r, 'en')).toBe(en);
  });
});
