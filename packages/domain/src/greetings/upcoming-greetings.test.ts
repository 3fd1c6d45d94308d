import { describe, expect, it } from 'vitest';
import { upcomingGreetings } from './upcoming-greetings.js';

describe('upcoming greetings', () => {
  it('festivals once and each birthday in the window, by date, festival first on a shared day', () => {
    const profiles = [
      { id: 'wu', birthday: { calendar: 'lunar' as const, month: 8, day: 15 } },
      { id: 'li', birthday: { calendar: 'solar' as const, month: 9, day: 30 } },
      { id: 'none', birthday: null },
    ];
    expect(upcomingGreetings(profiles, '2026-09-24', 8)).toEqual([
      { date: '2026-09-25', kind: 'festival', festivalKey: 'midAutumn', name: { 'zh-CN': '中秋节', en: 'Mid-Autumn Festival' } },
      { date: '2026-09-25', kind: 'birthday', profileId: 'wu' },
      { date: '2026-09-30', kind: 'birthday', profileId: 'li' },
      { date: '2026-10-01', kind: 'festival', festivalKey: 'nationalDay', name: { 'zh-CN': '国庆节', en: 'National Day' } },
    ]);
  });

  it('a window over the new year reaches both years; zero days is empty', () => {
    const dates = upcomingGreetings([], '2027-12-30', 30).map((g) => [g.date, g.kind === 'festival' ? g.festivalKey : '']);
    expect(dates).toEqual([
      ['2028-01-01', 'newYear'],
      ['2028-01-26', 'springFestival'],
    ]);
    expect(upcomingGreetings([], '2026-09-25', 0)).toEqual([]);
  });
});
