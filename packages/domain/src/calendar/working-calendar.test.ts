import { describe, expect, it } from 'vitest';
import { data2026 } from './calendar-2026.fixture.js';
import { DEFAULT_OFFICE_HOURS, WorkingCalendar } from './working-calendar.js';

const calendar = new WorkingCalendar(data2026());

describe('isWorkingDay', () => {
  it.each([
    ['2026-02-13', true], // Friday before Spring Festival
    ['2026-02-14', true], // Saturday make-up workday
    ['2026-02-15', false],
    ['2026-02-23', false],
    ['2026-02-24', true],
    ['2026-02-28', true], // Saturday make-up workday
    ['2026-01-04', true], // Sunday make-up workday
    ['2026-09-20', true], // Sunday make-up workday
    ['2026-10-07', false],
    ['2026-10-10', true], // Saturday make-up workday
    ['2026-10-11', false], // ordinary Sunday
    ['2026-06-19', false], // Dragon Boat, a Friday
    ['2027-10-01', true], // no data for 2027: Friday counts
    ['2027-10-02', false],
  ])('%s → %s', (date, expected) => {
    expect(calendar.isWorkingDay(date)).toBe(expected);
  });

  it('rejects dates that do not exist', () => {
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('2026-2-3')).toThrow(RangeError);
  });

  it('knows which years carry official data', () => {
    expect(calendar.isYearComplete(2026)).toBe(true);
    expect(calendar.isYearComplete(2027)).toBe(false);
  });
});

describe('earliestServiceDateFrom: N working days in [R, D)', () => {
  it.each([
    // Spring Festival: Fri 13, Sat 14 (make-up), 15–23 off, Sat 28 (make-up)
    ['2026-02-13', 0, '2026-02-13'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-13', 2, '2026-02-15'],
    ['2026-02-13', 3, '2026-02-25'],
    ['2026-02-14', 1, '2026-02-15'],
    ['2026-02-15', 0, '2026-02-15'], // the service date may itself be a holiday
    ['2026-02-15', 1, '2026-02-25'],
    ['2026-02-15', 3, '2026-02-27'],
    ['2026-02-27', 2, '2026-03-01'],
    ['2026-02-27', 3, '2026-03-03'],
    // National Day: Sun 9-20 (make-up), 9-25..27 and 10-01..07 off, Sat 10-10 (make-up)
    ['2026-09-19', 1, '2026-09-21'],
    ['2026-09-24', 2, '2026-09-29'],
    ['2026-09-30', 1, '2026-10-01'],
    ['2026-09-30', 2, '2026-10-09'],
    ['2026-09-30', 3, '2026-10-10'],
    ['2026-09-30', 4, '2026-10-11'],
    ['2026-10-01', 1, '2026-10-09'],
    ['2026-10-01', 3, '2026-10-11'],
    // New Year: 1-01..03 off, Sunday 1-04 make-up
    ['2026-01-01', 1, '2026-01-05'],
    ['2026-01-03', 3, '2026-01-07'],
    // ordinary weekend
    ['2026-03-07', 1, '2026-03-10'],
    ['2026-03-06', 1, '2026-03-07'],
  ])('request on %s with N = %i → %s', (request, n, expected) => {
    expect(calendar.earliestServiceDateFrom(request, n)).toEqual({ date: expected, calendarComplete: true });
  });

  it.each([
    // 2027 has no data: Monday–Friday, and the answer says so
    ['2027-02-05', 0, '2027-02-05'],
    ['2027-02-05', 1, '2027-02-06'],
    ['2027-02-05', 2, '2027-02-09'],
    ['2027-10-01', 1, '2027-10-02'],
    ['2025-12-31', 1, '2026-01-01'],
    // a span crossing into 2027: the second working day is 2027-01-01
    ['2026-12-31', 2, '2027-01-02'],
    ['2026-12-30', 3, '2027-01-02'],
  ])('request on %s with N = %i → %s, calendar incomplete', (request, n, expected) => {
    expect(calendar.earliestServiceDateFrom(request, n)).toEqual({ date: expected, calendarComplete: false });
  });

  it('a span that only looks at a complete year stays complete even when the answer lies beyond it', () => {
    expect(calendar.earliestServiceDateFrom('2026-12-31', 1)).toEqual({ date: '2027-01-01', calendarComplete: true });
  });

  it('rejects a negative or fractional lead', () => {
    expect(() => calendar.earliestServiceDateFrom('2026-03-02', -1)).toThrow(RangeError);
    expect(() => calendar.earliestServiceDateFrom('2026-03-02', 1.5)).toThrow(RangeError);
  });
});

describe('earliestServiceDate from an instant (Shanghai business date)', () => {
  it.each([
    ['2026-02-13T17:30:00Z', 1, '2026-02-15'], // Friday UTC, already the Saturday make-up day in Shanghai
    ['2026-02-13T15:59:59Z', 1, '2026-02-14'], // still Friday in Shanghai
    ['2026-03-06T17:30:00Z', 1, '2026-03-10'], // Friday UTC, an ordinary Saturday in Shanghai
    ['2026-03-06T17:30:00Z', 0, '2026-03-07'],
    ['2026-09-30T16:00:00Z', 1, '2026-10-09'], // midnight Shanghai, 1 October
  ])('%s with N = %i → %s', (instant, n, expected) => {
    expect(calendar.earliestServiceDate(instant, n)).toEqual({ date: expected, calendarComplete: true });
    expect(calendar.earliestServiceDate(new Date(instant), n).date).toBe(expected);
    expect(calendar.earliestServiceDate(Date.parse(instant), n).date).toBe(expected);
  });

  it('rejects an unreadable instant', () => {
    expect(() => calendar.earliestServiceDate('yesterday', 1)).toThrow(RangeError);
  });
});

describe('dates outside the precomputed range follow the same rule', () => {
  it.each([
    ['1990-12-31', 2, '1991-01-02'],
    ['2200-01-03', 1, '2200-01-04'],
    ['2200-01-03', 2, '2200-01-07'],
  ])('request on %s with N = %i → %s', (request, n, expected) => {
    expect(calendar.earliestServiceDateFrom(request, n)).toEqual({ date: expected, calendarComplete: false });
    expect(calendar.previousWorkingDayOnOrBefore('2200-01-05')).toBe('2200-01-03');
  });

  it('agrees with a day-by-day walk for random dates and leads between 1990 and 2200', () => {
    const naive = (request: string, n: number): string => {
      let day = Date.parse(request);
      if (n === 0) return request;
      for (let seen = 0; ; day += 86_400_000) {
        if (calendar.isWorkingDay(new Date(day).toISOString().slice(0, 10)) && ++seen === n) break;
      }
      return new Date(day + 86_400_000).toISOString().slice(0, 10);
    };
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const from = Date.parse('1990-01-01');
    const days = (Date.parse('2200-12-31') - from) / 86_400_000;
    for (let i = 0; i < 3000; i++) {
      // Half the draws land in 2024–2028 where the official rows are.
      const offset = i % 2 ? Math.floor(random() * days) : 12_418 + Math.floor(random() * 1826);
      const request = new Date(from + offset * 86_400_000).toISOString().slice(0, 10);
      const n = Math.floor(random() * 8);
      expect(calendar.earliestServiceDateFrom(request, n).date, `${request} N=${n}`).toBe(naive(request, n));
    }
  });

  it('a hand-entered day in a year without data counts, but the year stays incomplete', () => {
    const partial = new WorkingCalendar({ days: [{ date: '2027-10-01', kind: 'off' }], completeYears: [] });
    expect(partial.isWorkingDay('2027-10-01')).toBe(false);
    expect(partial.earliestServiceDateFrom('2027-10-01', 1)).toEqual({ date: '2027-10-05', calendarComplete: false });
  });
});

describe('addWorkingMinutes (office hours 08:30–17:30 Shanghai on working days)', () => {
  it.each([
    ['across a night', '2026-03-05T08:00:00Z', 120, '2026-03-06T01:00:00.000Z'],
    ['across a weekend', '2026-03-06T08:30:00Z', 120, '2026-03-09T01:30:00.000Z'],
    ['across National Day', '2026-09-30T09:00:00Z', 60, '2026-10-08T01:00:00.000Z'],
    ['into a make-up Saturday', '2026-02-13T09:00:00Z', 60, '2026-02-14T01:00:00.000Z'],
    ['past the whole Spring Festival', '2026-02-13T09:30:00Z', 541, '2026-02-24T00:31:00.000Z'],
    ['starting before the office opens', '2026-03-04T23:00:00Z', 60, '2026-03-05T01:30:00.000Z'],
    ['starting on a holiday', '2026-02-16T02:00:00Z', 30, '2026-02-24T01:00:00.000Z'],
    ['ending exactly at closing time', '2026-03-05T00:30:00Z', 540, '2026-03-05T09:30:00.000Z'],
    ['three full office days', '2026-03-02T00:30:00Z', 1620, '2026-03-04T09:30:00.000Z'],
    ['a week of office days over a weekend', '2026-03-04T04:00:00Z', 2700, '2026-03-11T04:00:00.000Z'],
    ['nothing to add', '2026-03-07T04:00:00Z', 0, '2026-03-07T04:00:00.000Z'],
  ])('%s', (_label, start, minutes, expected) => {
    expect(calendar.addWorkingMinutes(start, minutes)).toBe(expected);
  });

  it('uses other office hours when given', () => {
    expect(calendar.addWorkingMinutes('2026-03-05T10:00:00Z', 30, { start: '09:00', end: '18:00' })).toBe(
      '2026-03-06T01:30:00.000Z',
    );
    expect(DEFAULT_OFFICE_HOURS).toEqual({ start: '08:30', end: '17:30' });
  });

  it('rejects nonsense', () => {
    expect(() => calendar.addWorkingMinutes('2026-03-05T10:00:00Z', -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingMinutes('2026-03-05T10:00:00Z', 5, { start: '18:00', end: '09:00' })).toThrow(RangeError);
    expect(() => calendar.addWorkingMinutes('soon', 5)).toThrow(RangeError);
  });
});

describe('previousWorkingDayOnOrBefore', () => {
  it.each([
    ['2026-02-23', '2026-02-14'],
    ['2026-02-14', '2026-02-14'],
    ['2026-10-07', '2026-09-30'],
    ['2026-03-08', '2026-03-06'],
    ['2026-01-03', '2025-12-31'],
  ])('%s → %s', (date, expected) => {
    expect(calendar.previousWorkingDayOnOrBefore(date)).toBe(expected);
  });
});
