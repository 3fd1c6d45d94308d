import { describe, expect, it } from 'vitest';
import { birthdayProblem, formatBirthday } from './birthday.js';
import { lunarBirthdayOfLunarYear, nextBirthday, solarBirthdayOfYear } from '../greetings/birthdays.js';
import { leapMonthOf } from '../greetings/lunar-calendar.js';

describe('birthdays, solar or lunar', () => {
  it.each([
    [{ calendar: 'lunar', month: 8, day: 15, leapMonth: true }, '农历闰八月十五'],
    [{ calendar: 'lunar', year: 1950, month: 1, day: 1 }, '农历1950年正月初一'],
    [{ calendar: 'lunar', month: 12, day: 30 }, '农历腊月三十'],
    [{ calendar: 'lunar', month: 11, day: 21 }, '农历冬月廿一'],
    [{ calendar: 'solar', year: 1956, month: 3, day: 8 }, '1956年3月8日'],
    [{ calendar: 'solar', month: 10, day: 1 }, '10月1日'],
  ] as const)('%j reads %s in Chinese', (b, text) => {
    expect(formatBirthday(b)).toBe(text);
  });

  it('English shows the lunar marker and leap month', () => {
    expect(formatBirthday({ calendar: 'lunar', month: 8, day: 15, leapMonth: true }, 'en')).toBe('Lunar 08-15 (leap month)');
    expect(formatBirthday({ calendar: 'solar', year: 1980, month: 1, day: 2 }, 'en')).toBe('1980-01-02');
  });

  it.each([
    [{ calendar: 'solar', month: 2, day: 29 }, null],
    [{ calendar: 'solar', year: 2023, month: 2, day: 29 }, 'day'],
    [{ calendar: 'solar', month: 4, day: 31 }, 'day'],
    [{ calendar: 'solar', month: 13, day: 1 }, 'month'],
    [{ calendar: 'solar', month: 5, day: 1, leapMonth: true }, 'leapOnSolar'],
    [{ calendar: 'lunar', month: 12, day: 30 }, null],
    [{ calendar: 'lunar', month: 12, day: 31 }, 'day'],
    [{ calendar: 'solar', year: 2099, month: 1, day: 1 }, 'year'],
  ] as const)('%j → %s', (b, problem) => {
    expect(birthdayProblem(b, 2026)).toBe(problem);
  });

  it('a leap month exists only in years that have it (2023 has 闰二月, 2025 闰六月)', () => {
    expect(leapMonthOf(2023)).toBe(2);
    expect(leapMonthOf(2024)).toBe(0);
    expect(leapMonthOf(2025)).toBe(6);
  });

  it('a lunar birthday falls on its solar day; a missing leap month or 三十 falls back as families do', () => {
    expect(lunarBirthdayOfLunarYear({ month: 8, day: 15 }, 2026)).toBe('2026-09-25');
    // 2026 has no 闰八月: the ordinary 八月十五.
    expect(lunarBirthdayOfLunarYear({ month: 8, day: 15, leapMonth: true }, 2026)).toBe('2026-09-25');
    expect(lunarBirthdayOfLunarYear({ month: 6, day: 10, leapMonth: true }, 2025)).toBe('2025-08-03');
    expect(solarBirthdayOfYear({ month: 2, day: 29 }, 2026)).toBe('2026-02-28');
  });

  it('the next birthday after a date may belong to last lunar year (腊月 falls in January or February)', () => {
    expect(nextBirthday({ calendar: 'lunar', month: 12, day: 20 }, '2026-01-01')).toBe('2026-02-07');
    expect(nextBirthday({ calendar: 'solar', month: 3, day: 8 }, '2026-03-09')).toBe('2027-03-08');
  });
});
