import { describe, expect, it } from 'vitest';
import { lunarDayName, lunarLabel, lunarLabelOfDate } from './lunar-label.js';

describe('lunar labels', () => {
  it.each([
    [{ month: 8, day: 15 }, {}, '农历八月十五'],
    [{ month: 5, day: 3, leapMonth: true }, {}, '农历闰五月初三'],
    [{ month: 12, day: 30 }, { prefix: false }, '腊月三十'],
    [{ month: 1, day: 1 }, {}, '农历正月初一'],
    [{ month: 11, day: 20 }, {}, '农历冬月二十'],
    [{ month: 12, day: 29 }, { prefix: false }, '腊月廿九'],
    [{ month: 5, day: 3, leapMonth: true }, { locale: 'en' as const }, 'lunar leap 5/3'],
  ])('%j %j → %s', (d, options, label) => {
    expect(lunarLabel(d, options)).toBe(label);
  });

  it('day names as printed on calendars', () => {
    expect([1, 10, 11, 19, 20, 21, 29, 30].map(lunarDayName)).toEqual(['初一', '初十', '十一', '十九', '二十', '廿一', '廿九', '三十']);
  });

  it.each([
    ['2026-09-25', '农历八月十五'],
    ['2028-06-25', '农历闰五月初三'],
    ['2027-02-05', '农历腊月廿九'],
    ['2027-12-27', '农历冬月三十'],
  ])('solar %s is %s', (ymd, label) => {
    expect(lunarLabelOfDate(ymd)).toBe(label);
  });

  it('refuses a month or day that no lunar calendar has', () => {
    expect(() => lunarLabel({ month: 13, day: 1 })).toThrow(RangeError);
    expect(() => lunarLabel({ month: 1, day: 31 })).toThrow(RangeError);
  });
});
