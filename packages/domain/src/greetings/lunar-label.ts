import { solarToLunar } from './lunar-calendar.js';
import { lunarLabel, type LunarLabelOptions } from './lunar-names.js';

export * from './lunar-names.js';

/** The lunar label of a solar date: 2026-09-25 → 农历八月十五. */
export function lunarLabelOfDate(ymd: string, options: LunarLabelOptions = {}): string {
  return lunarLabel(solarToLunar(ymd), options);
}
