import { lunarMonthDays, lunarToSolar, solarTermDate, formatYmd } from './lunar-calendar.js';

export type FestivalKind = 'lunar' | 'solarTerm' | 'solar';

export type FestivalRule =
  | { kind: 'lunar'; month: number; day: number }
  | { kind: 'solarTerm'; term: string }
  | { kind: 'solar'; month: number; day: number };

export interface Festival {
  key: string;
  name: { 'zh-CN': string; en: string };
  rule: FestivalRule;
}

/**
 * 节日问候: the festivals a butler greets owners on. Lunar festivals fall on their date in the ordinary
 * (never the leap) month; 清明 on its solar term; the rest on fixed solar dates. 除夕 is left out on
 * purpose: it is the last day of 腊月 (29th or 30th), a different rule from every row here.
 */
export const FESTIVALS: readonly Festival[] = [
  { key: 'newYear', name: { 'zh-CN': '元旦', en: "New Year's Day" }, rule: { kind: 'solar', month: 1, day: 1 } },
  { key: 'springFestival', name: { 'zh-CN': '春节', en: 'Spring Festival' }, rule: { kind: 'lunar', month: 1, day: 1 } },
  { key: 'lantern', name: { 'zh-CN': '元宵节', en: 'Lantern Festival' }, rule: { kind: 'lunar', month: 1, day: 15 } },
  { key: 'qingming', name: { 'zh-CN': '清明节', en: 'Qingming Festival' }, rule: { kind: 'solarTerm', term: '清明' } },
  { key: 'labourDay', name: { 'zh-CN': '劳动节', en: 'Labour Day' }, rule: { kind: 'solar', month: 5, day: 1 } },
  { key: 'dragonBoat', name: { 'zh-CN': '端午节', en: 'Dragon Boat Festival' }, rule: { kind: 'lunar', month: 5, day: 5 } },
  { key: 'midAutumn', name: { 'zh-CN': '中秋节', en: 'Mid-Autumn Festival' }, rule: { kind: 'lunar', month: 8, day: 15 } },
  { key: 'doubleNinth', name: { 'zh-CN': '重阳节', en: 'Double Ninth Festival' }, rule: { kind: 'lunar', month: 9, day: 9 } },
  { key: 'nationalDay', name: { 'zh-CN': '国庆节', en: 'National Day' }, rule: { kind: 'solar', month: 10, day: 1 } },
];

export interface FestivalDate {
  key: string;
  name: { 'zh-CN': string; en: string };
  date: string;
  kind: FestivalKind;
}

/**
 * Every festival's date in a Gregorian year, by date. A lunar festival is looked up in the lunar year
 * before and the one starting in this year, and kept where it lands in this year: 春节 of 2028 is
 * lunar 2028's 正月初一 (2028-01-26), never lunar 2027's. A festival could land twice or not at all only
 * for dates late in 腊月, which the list does not hold; the code does not assume it.
 */
export function festivalDates(year: number, festivals: readonly Festival[] = FESTIVALS): FestivalDate[] {
  const out: FestivalDate[] = [];
  for (const f of festivals) {
    for (const date of festivalDatesOf(f.rule, year)) out.push({ key: f.key, name: f.name, date, kind: f.rule.kind });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function festivalDatesOf(rule: FestivalRule, year: number): string[] {
  if (rule.kind === 'solar') return [formatYmd(year, rule.month, rule.day)];
  if (rule.kind === 'solarTerm') return [solarTermDate(year, rule.term)];
  const dates: string[] = [];
  for (const lunarYear of [year - 1, year]) {
    // A festival on a 30th keeps to the month's last day, the same rule as a birthday.
    const day = Math.min(rule.day, lunarMonthDays(lunarYear, rule.month));
    const date = lunarToSolar({ year: lunarYear, month: rule.month, day, leapMonth: false });
    if (date.startsWith(`${year}-`)) dates.push(date);
  }
  return dates;
}
