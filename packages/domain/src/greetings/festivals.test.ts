import { describe, expect, it } from 'vitest';
import { FESTIVALS, festivalDates } from './festivals.js';
import { leapMonthOf, solarTermDate } from './lunar-calendar.js';

/*
 * Expected dates are not copied from lunar-typescript. Each was checked against chinese-days
 * (an independent lunar table: getLunarFestivals, getSolarTerms, getYearLeapMonth) and, for 2026,
 * the State Council's holiday notice (春节 2-17, 清明 4-5, 端午 6-19, 中秋 9-25 inside their breaks).
 */
const EXPECTED: Record<number, Record<string, string>> = {
  2026: { newYear: '2026-01-01', springFestival: '2026-02-17', lantern: '2026-03-03', qingming: '2026-04-05', labourDay: '2026-05-01', dragonBoat: '2026-06-19', midAutumn: '2026-09-25', nationalDay: '2026-10-01', doubleNinth: '2026-10-18' },
  2027: { newYear: '2027-01-01', springFestival: '2027-02-06', lantern: '2027-02-20', qingming: '2027-04-05', labourDay: '2027-05-01', dragonBoat: '2027-06-09', midAutumn: '2027-09-15', nationalDay: '2027-10-01', doubleNinth: '2027-10-08' },
  // 2028 has 闰五月: 端午 stays on the ordinary 五月初五; the leap month pushes 中秋 past 国庆.
  2028: { newYear: '2028-01-01', springFestival: '2028-01-26', lantern: '2028-02-09', qingming: '2028-04-04', labourDay: '2028-05-01', dragonBoat: '2028-05-28', midAutumn: '2028-10-03', nationalDay: '2028-10-01', doubleNinth: '2028-10-26' },
};

describe('festival dates of 2026–2028', () => {
  it.each(Object.entries(EXPECTED).flatMap(([year, dates]) => Object.entries(dates).map(([key, date]) => [Number(year), key, date] as const)))('%i %s falls on %s', (year, key, date) => {
    const found = festivalDates(year).filter((f) => f.key === key);
    expect(found.map((f) => f.date)).toEqual([date]);
  });

  it('lists every festival once a year, by date, with its kind and both names', () => {
    const list = festivalDates(2028);
    expect(list.map((f) => f.key)).toEqual(['newYear', 'springFestival', 'lantern', 'qingming', 'labourDay', 'dragonBoat', 'nationalDay', 'midAutumn', 'doubleNinth']);
    expect(list.find((f) => f.key === 'qingming')).toEqual({ key: 'qingming', name: { 'zh-CN': '清明节', en: 'Qingming Festival' }, date: '2028-04-04', kind: 'solarTerm' });
    expect(list.find((f) => f.key === 'midAutumn')?.kind).toBe('lunar');
    expect(list.find((f) => f.key === 'labourDay')?.kind).toBe('solar');
  });

  it('春节 of a Gregorian year is 正月初一 of the lunar year starting in it, not the eve before', () => {
    // 2026-02-16 is 除夕 (腊月廿九 of lunar 2025): no festival of the list lands on it.
    expect(festivalDates(2026).some((f) => f.date === '2026-02-16')).toBe(false);
    expect(FESTIVALS.some((f) => f.name['zh-CN'] === '除夕')).toBe(false);
  });

  it('a festival list is data: a 腊月 festival can land twice in one Gregorian year or not at all', () => {
    const laba = [{ key: 'test', name: { 'zh-CN': '腊月初一', en: 'test' }, rule: { kind: 'lunar' as const, month: 12, day: 1 } }];
    expect(festivalDates(2027, laba).map((f) => f.date)).toEqual(['2027-01-08', '2027-12-28']);
    expect(festivalDates(2028, laba)).toEqual([]);
  });

  it('leap months: 2025 闰六月, 2028 闰五月, none in 2026 and 2027', () => {
    expect([2025, 2026, 2027, 2028].map(leapMonthOf)).toEqual([6, 0, 0, 5]);
  });

  it('solar terms outside the trusted years are refused', () => {
    expect(() => solarTermDate(1850, '清明')).toThrow(RangeError);
    expect(solarTermDate(2026, '冬至')).toBe('2026-12-22');
  });
});
