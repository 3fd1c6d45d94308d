import { describe, expect, it } from 'vitest';
import { serviceHoursBreach, serviceTimeMarks, serviceWindows, servedOn } from './service-hours.js';

const weekdays = { start: '08:00', end: '11:30', days: [1, 2, 3, 4, 5] };

describe('service hours', () => {
  it('an item is served only on its ISO weekdays', () => {
    expect(servedOn(weekdays, '2026-11-30')).toBe(true); // Monday
    expect(servedOn(weekdays, '2026-11-28')).toBe(false); // Saturday
    expect(servedOn({ ...weekdays, days: [7] }, '2026-11-29')).toBe(true); // Sunday
  });

  it.each([
    [{ date: '2026-11-30', start: '08:00', end: '11:30' }, null],
    [{ date: '2026-11-30', start: '09:00', end: null }, null],
    [{ date: '2026-11-28', start: '09:00', end: '10:00' }, 'serviceDate'],
    [{ date: '2026-11-30', start: '07:30', end: '09:00' }, 'serviceStart'],
    [{ date: '2026-11-30', start: '11:30', end: null }, 'serviceStart'],
    [{ date: '2026-11-30', start: '11:00', end: '12:00' }, 'serviceEnd'],
  ])('%o breaches %s', (appointment, field) => {
    expect(serviceHoursBreach(weekdays, appointment)).toBe(field);
  });

  it('marks every half hour from the start to the end, both included', () => {
    expect(serviceTimeMarks(weekdays)).toEqual(['08:00', '08:30', '09:00', '09:30', '10:00', '10:30', '11:00', '11:30']);
    expect(serviceTimeMarks({ ...weekdays, end: '09:00' }, 60)).toEqual(['08:00', '09:00']);
  });

  it('one-hour windows; the last one is cut at the end of the hours', () => {
    expect(serviceWindows(weekdays, '2026-11-30', new Date('2026-11-27T01:00:00Z'))).toEqual([
      { start: '08:00', end: '09:00' },
      { start: '09:00', end: '10:00' },
      { start: '10:00', end: '11:00' },
      { start: '11:00', end: '11:30' },
    ]);
  });

  it('no windows on a day the item is not served', () => {
    expect(serviceWindows(weekdays, '2026-11-28', new Date('2026-11-27T01:00:00Z'))).toEqual([]);
  });

  it('today in Shanghai, windows already begun are gone; one starting this minute stays', () => {
    // 2026-11-30T01:00Z is 09:00 on Monday in Shanghai.
    expect(serviceWindows(weekdays, '2026-11-30', new Date('2026-11-30T01:00:00Z')).map((w) => w.start)).toEqual(['09:00', '10:00', '11:00']);
    expect(serviceWindows(weekdays, '2026-11-30', new Date('2026-11-30T01:01:00Z')).map((w) => w.start)).toEqual(['10:00', '11:00']);
  });
});
