import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../opening-readiness/milestones.js';
import { businessQuarter, coverageOf, overdueCutoffs, quarterLabel, quarterOf, shiftQuarter, visitDueOn, visitStatus, type VisitCadence } from './visit-schedule.js';

const quarterly: VisitCadence = { kind: 'quarterly' };
const days30: VisitCadence = { kind: 'days', days: 30 };

describe('quarters in Asia/Shanghai', () => {
  it.each([
    ['2026-03-31T15:59:59Z', 2026, 1, '2026-01-01', '2026-03-31'],
    ['2026-03-31T16:00:00Z', 2026, 2, '2026-04-01', '2026-06-30'],
    ['2025-12-31T15:59:59Z', 2025, 4, '2025-10-01', '2025-12-31'],
    ['2025-12-31T16:00:00Z', 2026, 1, '2026-01-01', '2026-03-31'],
    ['2026-06-30T16:00:00Z', 2026, 3, '2026-07-01', '2026-09-30'],
    ['2026-09-30T15:00:00Z', 2026, 3, '2026-07-01', '2026-09-30'],
    ['2028-02-15T00:00:00Z', 2028, 1, '2028-01-01', '2028-03-31'],
  ])('%s is %i Q%i (%s … %s)', (instant, year, quarter, start, end) => {
    expect(businessQuarter(instant)).toEqual({ year, quarter, start, end });
  });

  it.each([
    ['2026-02-10', 1, '2026-04-01', '2026-06-30'],
    ['2026-11-30', 1, '2027-01-01', '2027-03-31'],
    ['2026-01-01', -1, '2025-10-01', '2025-12-31'],
    ['2026-05-05', -6, '2024-10-01', '2024-12-31'],
  ])('from the quarter of %s, %i quarter(s) on starts %s and ends %s', (date, by, start, end) => {
    expect(shiftQuarter(quarterOf(date), by)).toMatchObject({ start, end });
  });

  it('labels a quarter in both languages', () => {
    expect(quarterLabel(quarterOf('2026-04-01'), 'zh-CN')).toBe('2026年第2季度');
    expect(quarterLabel(quarterOf('2026-04-01'), 'en')).toBe('2026 Q2');
  });
});

describe('due dates and status', () => {
  it.each([
    // cadence, last visit, since, today, due on, status
    [quarterly, '2026-04-01', '2025-06-01', '2026-05-10', '2026-09-30', 'visited'],
    [quarterly, '2026-03-31', '2025-06-01', '2026-05-10', '2026-06-30', 'due'],
    [quarterly, '2025-12-31', '2025-06-01', '2026-05-10', '2026-03-31', 'overdue'],
    [quarterly, '2025-12-31', '2025-06-01', '2026-03-31', '2026-03-31', 'due'],
    [quarterly, null, '2026-04-20', '2026-05-10', '2026-06-30', 'due'],
    [quarterly, null, '2026-03-31', '2026-04-01', '2026-03-31', 'overdue'],
    [days30, '2026-04-20', '2026-01-01', '2026-05-10', '2026-05-20', 'visited'],
    [days30, '2026-04-02', '2026-01-01', '2026-05-10', '2026-05-02', 'overdue'],
    [days30, '2026-03-25', '2026-01-01', '2026-04-20', '2026-04-24', 'due'],
    [days30, null, '2026-04-10', '2026-05-10', '2026-05-10', 'due'],
    [days30, null, '2026-04-09', '2026-05-10', '2026-05-09', 'overdue'],
  ] as const)('%o: last %s since %s, on %s due %s → %s', (cadence, last, since, today, dueOn, status) => {
    expect(visitDueOn(cadence, last, since)).toBe(dueOn);
    expect(visitStatus(cadence, last, since, today)).toEqual({ dueOn, status });
  });

  it('the SQL cut-offs say "overdue" exactly when visitStatus does, over two years of days', () => {
    const today = '2026-05-10';
    for (const cadence of [quarterly, days30, { kind: 'days', days: 91 } as VisitCadence]) {
      const cut = overdueCutoffs(cadence, today);
      for (let d = '2025-01-01'; d <= today; d = addCalendarDays(d, 1)) {
        expect(d < cut.lastVisitBefore, `${cadence.kind} last ${d}`).toBe(visitStatus(cadence, d, '2020-01-01', today).status === 'overdue');
        expect(d < cut.sinceBefore, `${cadence.kind} since ${d}`).toBe(visitStatus(cadence, null, d, today).status === 'overdue');
      }
    }
  });
});

describe('coverage', () => {
  it.each([
    [0, 0, null],
    [0, 4, 0],
    [1, 3, 33],
    [2, 3, 66],
    [199, 200, 99],
    [4, 4, 100],
  ])('%i visited of %i assigned is %s%%', (visited, assigned, percent) => {
    expect(coverageOf(visited, assigned)).toEqual({ visited, assigned, percent });
  });
});
