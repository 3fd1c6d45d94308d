import { describe, expect, it } from 'vitest';
import { hhmmToMinutes, isoWeekday, minutesToHhmm } from './wall-clock.js';

describe('wall clock', () => {
  it.each([
    ['00:00', 0],
    ['08:30', 510],
    ['24:00', 1440],
    ['24:30', NaN],
    ['8:30', NaN],
  ])('%s is %d minutes', (hhmm, minutes) => {
    expect(hhmmToMinutes(hhmm)).toBe(minutes);
  });

  it('writes minutes back as HH:MM', () => {
    expect(minutesToHhmm(510)).toBe('08:30');
    expect(minutesToHhmm(1440)).toBe('24:00');
  });

  it.each([
    ['2026-11-30', 1],
    ['2026-12-05', 6],
    ['2026-12-06', 7],
  ])('%s is ISO weekday %d', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });

  it('a half-typed date has no weekday, so no service day matches it', () => {
    expect(isoWeekday('2026-1')).toBeNaN();
  });
});
