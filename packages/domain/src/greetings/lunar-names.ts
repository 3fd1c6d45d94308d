// Names only, no calendar tables: pages that print a lunar date need not load lunar-typescript.

/** 正月…腊月: the names printed on Chinese calendars (冬月 for the 11th, 腊月 for the 12th). */
export const LUNAR_MONTH_NAMES = ['正月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '冬月', '腊月'] as const;

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 初一…初十, 十一…十九, 二十, 廿一…廿九, 三十. */
export function lunarDayName(day: number): string {
  if (day <= 10) return `初${DIGITS[day]}`;
  if (day < 20) return `十${DIGITS[day - 10]}`;
  if (day === 20) return '二十';
  if (day < 30) return `廿${DIGITS[day - 20]}`;
  return '三十';
}

export interface LunarLabelOptions {
  /** Prefix 农历 (default true): 农历八月十五; without it 八月十五, 腊月三十. */
  prefix?: boolean;
  locale?: 'zh-CN' | 'en';
}

/**
 * The way a lunar month and day is written: 农历八月十五, 农历闰五月初三, 腊月三十 (prefix: false).
 * In English: "lunar 8/15", "lunar leap 5/3".
 */
export function lunarLabel(d: { month: number; day: number; leapMonth?: boolean }, options: LunarLabelOptions = {}): string {
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 30) throw new RangeError(`no lunar month/day ${d.month}/${d.day}`);
  if (options.locale === 'en') return `lunar ${d.leapMonth ? 'leap ' : ''}${d.month}/${d.day}`;
  return `${options.prefix === false ? '' : '农历'}${d.leapMonth ? '闰' : ''}${LUNAR_MONTH_NAMES[d.month - 1]}${lunarDayName(d.day)}`;
}
