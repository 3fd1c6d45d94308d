import { createRequire } from 'node:module';

/** One row of calendar_days before it is stamped. */
export interface SeedDay {
  date: string;
  year: number;
  kind: 'off' | 'work';
  name: string;
}

interface ChineseDaysJson {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/**
 * The official days off and make-up workdays bundled in the chinese-days package (2004 onwards).
 * Values read "Spring Festival,春节,4"; the second field is the name used in State Council notices.
 */
export function bundledCalendar(): { days: SeedDay[]; years: number[] } {
  const require = createRequire(import.meta.url);
  const json = require('chinese-days/dist/chinese-days.json') as ChineseDaysJson;
  const days: SeedDay[] = [];
  const toRow = (kind: 'off' | 'work') => ([date, value]: [string, string]) => {
    const fields = value.split(',');
    days.push({ date, year: Number(date.slice(0, 4)), kind, name: fields[1] ?? fields[0] ?? '' });
  };
  Object.entries(json.holidays).forEach(toRow('off'));
  Object.entries(json.workdays).forEach(toRow('work'));
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const years = [...new Set(days.map((d) => d.year))].sort((a, b) => a - b);
  return { days, years };
}
