import { describe, expect, it } from 'vitest';
import { FESTIVAL_KEYS, greetingBirthday, greetingMemberKey, greetingsOn, hasAnyCareTag, unknownGreetingVariables, upcomingProjectGreetings, DEFAULT_BIRTHDAY_TEXT, DEFAULT_FESTIVAL_TEXT } from './greetings-of-day.js';

const all = { festivals: FESTIVAL_KEYS, birthdays: true };
const members = [
  { key: 'parent:吴奶奶', birthday: greetingBirthday({ calendar: 'lunar', year: 1950, month: 8, day: 15 }) },
  { key: 'self:吴先生', birthday: greetingBirthday({ calendar: 'solar', month: 9, day: 26 }) },
  { key: 'child:小吴', birthday: greetingBirthday({ calendar: 'lunar', month: 12, day: 30 }) },
  { key: 'spouse:吴太太', birthday: null },
];

describe('greetings of a day', () => {
  it('2026-09-25 is 中秋 and 吴奶奶’s lunar birthday (八月十五)', () => {
    const day = greetingsOn('2026-09-25', all, members);
    expect(day.festivals.map((f) => [f.key, f.name['zh-CN']])).toEqual([['midAutumn', '中秋节']]);
    expect(day.birthdays).toEqual(['parent:吴奶奶']);
  });

  it('a solar birthday the next day; a lunar 腊月三十 on the month’s last day (2026-02-16, 廿九)', () => {
    expect(greetingsOn('2026-09-26', all, members)).toEqual({ festivals: [], birthdays: ['self:吴先生'] });
    expect(greetingsOn('2026-02-16', all, members).birthdays).toEqual(['child:小吴']);
    expect(greetingsOn('2026-02-17', all, members).festivals.map((f) => f.key)).toEqual(['springFestival']);
  });

  it('only the festivals the project chose; birthdays off sends none', () => {
    expect(greetingsOn('2026-09-25', { festivals: ['nationalDay'], birthdays: false }, members)).toEqual({ festivals: [], birthdays: [] });
    expect(greetingsOn('2026-04-05', { festivals: ['qingming'], birthdays: false }, []).festivals.map((f) => f.date)).toEqual(['2026-04-05']);
    expect(greetingsOn('2026-10-01', { festivals: ['nationalDay'], birthdays: false }, []).festivals.map((f) => f.kind)).toEqual(['solar']);
  });

  it('the 30-day preview: festivals and birthdays by date', () => {
    const list = upcomingProjectGreetings(all, members, '2026-09-20', 30).map((g) => [g.date, g.kind === 'festival' ? g.festivalKey : g.profileId]);
    expect(list).toEqual([
      ['2026-09-25', 'midAutumn'],
      ['2026-09-25', 'parent:吴奶奶'],
      ['2026-09-26', 'self:吴先生'],
      ['2026-10-01', 'nationalDay'],
      ['2026-10-18', 'doubleNinth'],
    ]);
    expect(upcomingProjectGreetings({ festivals: [], birthdays: false }, members, '2026-09-20', 30)).toEqual([]);
  });

  it('wording placeholders, member keys and care tags', () => {
    expect(unknownGreetingVariables(DEFAULT_FESTIVAL_TEXT, 'festival')).toEqual([]);
    expect(unknownGreetingVariables(DEFAULT_BIRTHDAY_TEXT, 'birthday')).toEqual([]);
    expect(unknownGreetingVariables('${name}，${member}节日快乐', 'festival')).toEqual(['member']);
    expect(greetingMemberKey({ name: ' 吴奶奶 ', relation: 'parent' })).toBe('parent:吴奶奶');
    expect(greetingBirthday({ calendar: 'lunar', month: 5, day: 3, leapMonth: null })).toEqual({ calendar: 'lunar', month: 5, day: 3, leapMonth: false });
    expect([hasAnyCareTag(['elderly', 'pets'], ['elderly', 'holidayHome']), hasAnyCareTag(['sporty'], ['elderly']), hasAnyCareTag([], [])]).toEqual([true, false, true]);
  });
});
