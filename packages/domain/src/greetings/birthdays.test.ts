import { describe, expect, it } from 'vitest';
import { birthdayInYear, birthdaysBetween, birthdaysInYear, isValidBirthday, nextBirthday, type Birthday } from './birthdays.js';
import { lunarMonthDays } from './lunar-calendar.js';

/*
 * Expected dates checked against chinese-days (getSolarDateFromLunar / getLunarDate), an independent
 * lunar table, not against lunar-typescript. Facts they rest on: 腊月 of lunar 2024–2028 has 29 days
 * (no 年三十 from 2025 to 2029), lunar 2023's and 2029's has 30 (除夕 2024-02-09, 2030-02-02);
 * 2028 has 闰五月 of 29 days after an ordinary 五月 of 30.
 */
const lunar = (month: number, day: number, leapMonth = false): Birthday => ({ calendar: 'lunar', month, day, leapMonth });
const solar = (month: number, day: number): Birthday => ({ calendar: 'solar', month, day });

describe('birthday greeting days in 2026–2028', () => {
  it.each([
    ['solar 3/8', 2026, ['2026-03-08'], solar(3, 8)],
    ['solar 2/29 in a common year → 2/28', 2026, ['2026-02-28'], solar(2, 29)],
    ['solar 2/29 in 2027 → 2/28', 2027, ['2027-02-28'], solar(2, 29)],
    ['solar 2/29 in a leap year', 2028, ['2028-02-29'], solar(2, 29)],
    ['农历八月十五', 2026, ['2026-09-25'], lunar(8, 15)],
    ['农历八月十五', 2027, ['2027-09-15'], lunar(8, 15)],
    ['农历八月十五', 2028, ['2028-10-03'], lunar(8, 15)],
    ['农历正月初一', 2028, ['2028-01-26'], lunar(1, 1)],
    // 腊月三十 does not exist in lunar 2025–2028: the month's last day, 廿九, which lands in the next Gregorian year.
    ['腊月三十 → 廿九 of lunar 2025', 2026, ['2026-02-16'], lunar(12, 30)],
    ['腊月三十 → 廿九 of lunar 2026', 2027, ['2027-02-05'], lunar(12, 30)],
    ['腊月三十 → 廿九 of lunar 2027', 2028, ['2028-01-25'], lunar(12, 30)],
    ['腊月三十 that exists (lunar 2023)', 2024, ['2024-02-09'], lunar(12, 30)],
    ['腊月三十 that exists (lunar 2029)', 2030, ['2030-02-02'], lunar(12, 30)],
    // A 闰五月 birthday: in 2028's leap month; in 2026 and 2027 (no leap month) in the ordinary 五月.
    ['闰五月初三 in 2028', 2028, ['2028-06-25'], lunar(5, 3, true)],
    ['闰五月初三 in 2026', 2026, ['2026-06-17'], lunar(5, 3, true)],
    ['闰五月初三 in 2027', 2027, ['2027-06-07'], lunar(5, 3, true)],
    ['ordinary 五月初三 in 2028 stays in the first 五月', 2028, ['2028-05-26'], lunar(5, 3)],
    ['闰五月三十 in 2028: the leap month has 29 days', 2028, ['2028-07-21'], lunar(5, 30, true)],
    ['ordinary 五月三十 in 2028: that month has 30', 2028, ['2028-06-22'], lunar(5, 30)],
    ['闰五月三十 in 2026: ordinary 五月 of 29 days', 2026, ['2026-07-13'], lunar(5, 30, true)],
    ['闰五月三十 in 2027', 2027, ['2027-07-03'], lunar(5, 30, true)],
    ['闰六月初十 in 2025 (闰六月)', 2025, ['2025-08-03'], lunar(6, 10, true)],
    ['闰六月初十 in 2026 (no leap month)', 2026, ['2026-07-23'], lunar(6, 10, true)],
    // 腊月初一: lunar 2026's and lunar 2027's both land in 2027; none lands in 2028.
    ['腊月初一 in 2026', 2026, ['2026-01-19'], lunar(12, 1)],
    ['腊月初一 twice in 2027', 2027, ['2027-01-08', '2027-12-28'], lunar(12, 1)],
    ['腊月初一 not at all in 2028', 2028, [], lunar(12, 1)],
  ] as const)('%s: %i → %j', (_label, year, expected, birthday) => {
    expect(birthdaysInYear(birthday, year)).toEqual(expected);
    expect(birthdayInYear(birthday, year)).toBe(expected[0] ?? null);
  });

  it('the month lengths the rules rest on', () => {
    expect([2024, 2025, 2026, 2027, 2028].map((y) => lunarMonthDays(y, 12))).toEqual([29, 29, 29, 29, 29]);
    expect([2023, 2029].map((y) => lunarMonthDays(y, 12))).toEqual([30, 30]);
    expect([lunarMonthDays(2028, 5), lunarMonthDays(2028, 5, true), lunarMonthDays(2027, 5, true)]).toEqual([30, 29, 0]);
  });
});

describe('birthdays between two dates (what a greeting job asks)', () => {
  it('crosses the Gregorian new year: a 腊月 birthday of the winter ahead', () => {
    expect(birthdaysBetween(lunar(12, 1), '2027-12-01', '2028-02-01')).toEqual(['2027-12-28']);
    expect(birthdaysBetween(lunar(12, 30), '2027-12-01', '2028-02-01')).toEqual(['2028-01-25']);
  });

  it('both ends are included; a reversed range is empty', () => {
    expect(birthdaysBetween(lunar(8, 15), '2026-09-25', '2026-09-25')).toEqual(['2026-09-25']);
    expect(birthdaysBetween(solar(2, 29), '2026-02-28', '2028-02-29')).toEqual(['2026-02-28', '2027-02-28', '2028-02-29']);
    expect(birthdaysBetween(solar(3, 8), '2026-12-31', '2026-01-01')).toEqual([]);
  });

  it('three years of a lunar birthday give one day per lunar year', () => {
    expect(birthdaysBetween(lunar(5, 3, true), '2026-01-01', '2028-12-31')).toEqual(['2026-06-17', '2027-06-07', '2028-06-25']);
  });

  it('the next greeting day counts today and skips a year with none', () => {
    expect(nextBirthday(lunar(8, 15), '2026-09-25')).toBe('2026-09-25');
    expect(nextBirthday(lunar(8, 15), '2026-09-26')).toBe('2027-09-15');
    expect(nextBirthday(lunar(12, 1), '2027-12-29')).toBe('2029-01-15');
  });

  it('valid birthdays: lunar days up to 30, solar days up to the month’s longest', () => {
    expect([isValidBirthday(lunar(12, 30)), isValidBirthday(lunar(2, 31)), isValidBirthday(solar(2, 29)), isValidBirthday(solar(2, 30)), isValidBirthday(solar(13, 1))]).toEqual([true, false, true, false, false]);
  });
});
