import { birthdaysBetween, type Birthday } from './birthdays.js';
import { FESTIVALS, festivalDates, type Festival } from './festivals.js';
import { addDays, parseYmd } from './lunar-calendar.js';

export interface GreetingProfile {
  id: string;
  birthday: Birthday | null;
}

export type UpcomingGreeting =
  | { date: string; kind: 'festival'; festivalKey: string; name: { 'zh-CN': string; en: string } }
  | { date: string; kind: 'birthday'; profileId: string };

/**
 * The greetings due in `days` days from `fromDate` (fromDate included): the festivals once, each
 * profile's birthday once per greeting day; by date, festivals first on a shared day.
 */
export function upcomingGreetings(profiles: readonly GreetingProfile[], fromDate: string, days: number, festivals: readonly Festival[] = FESTIVALS): UpcomingGreeting[] {
  if (days < 1) return [];
  const toDate = addDays(fromDate, days - 1);
  const out: UpcomingGreeting[] = [];
  const [fromYear] = parseYmd(fromDate);
  const [toYear] = parseYmd(toDate);
  for (let y = fromYear; y <= toYear; y++) {
    for (const f of festivalDates(y, festivals)) {
      if (f.date >= fromDate && f.date <= toDate) out.push({ date: f.date, kind: 'festival', festivalKey: f.key, name: f.name });
    }
  }
  for (const p of profiles) {
    if (!p.birthday) continue;
    for (const date of birthdaysBetween(p.birthday, fromDate, toDate)) out.push({ date, kind: 'birthday', profileId: p.id });
  }
  const rank = (g: UpcomingGreeting) => (g.kind === 'festival' ? 0 : 1);
  return out.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : rank(a) - rank(b)));
}
