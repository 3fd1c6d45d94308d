import { birthdaysBetween, type Birthday } from '../greetings/birthdays.js';
import { FESTIVALS, festivalDates, type Festival, type FestivalDate } from '../greetings/festivals.js';
import { upcomingGreetings, type UpcomingGreeting } from '../greetings/upcoming-greetings.js';
import { templateVariables } from '../messaging/render-template.js';
import type { Birthday as ProfileBirthday } from '../service-profiles/birthday.js';
import { PROFILE_TAGS } from '../service-profiles/profile-vocabulary.js';

/**
 * 节日问候 and 生日祝贺: what a project greets, on which day. The festival dates and the birthday
 * rules (lunar 30th, leap months) are the greetings area's; this decides which of them a project sends.
 */
export const GREETING_CHANNELS = ['sms', 'inApp'] as const;
export type GreetingChannel = (typeof GREETING_CHANNELS)[number];

export const FESTIVAL_KEYS: readonly string[] = FESTIVALS.map((f) => f.key);

/** ${name} is the owner greeted; ${festival} the festival's name; ${member} the household member whose birthday it is. */
export const GREETING_VARIABLES = { festival: ['name', 'festival'], birthday: ['name', 'member'] } as const;
export const DEFAULT_FESTIVAL_TEXT = '${name}您好，${festival}快乐！物业服务中心全体管家祝您阖家幸福。';
export const DEFAULT_BIRTHDAY_TEXT = '${name}您好，今天是${member}的生日，物业服务中心全体管家祝${member}生日快乐！';

/** Placeholders a wording uses that its kind does not fill (they would reach the owner empty). */
export function unknownGreetingVariables(text: string, kind: keyof typeof GREETING_VARIABLES): string[] {
  const allowed: readonly string[] = GREETING_VARIABLES[kind];
  return templateVariables(text).filter((v) => !allowed.includes(v));
}

export interface GreetingRule {
  /** Festival keys the project greets (FESTIVAL_KEYS). */
  festivals: readonly string[];
  birthdays: boolean;
}

/** A household member with a birthday the greeting may use. */
export interface GreetingMember {
  key: string;
  birthday: Birthday | null;
}

/** A member's birthday as the profile keeps it (year and nullable leap flag) in the greetings' form. */
export function greetingBirthday(b: ProfileBirthday | null | undefined): Birthday | null {
  if (!b) return null;
  return b.calendar === 'lunar' ? { calendar: 'lunar', month: b.month, day: b.day, leapMonth: Boolean(b.leapMonth) } : { calendar: 'solar', month: b.month, day: b.day };
}

/** The same member from the butler's record and from the answers is one member: relation and name. */
export function greetingMemberKey(m: { name: string; relation: string }): string {
  return `${m.relation}:${m.name.trim()}`;
}

function chosenFestivals(keys: readonly string[]): Festival[] {
  return FESTIVALS.filter((f) => keys.includes(f.key));
}

/** The festivals a project greets on `date`, and the members whose birthday falls on it. */
export function greetingsOn(date: string, rule: GreetingRule, members: readonly GreetingMember[]): { festivals: FestivalDate[]; birthdays: string[] } {
  const festivals = festivalDates(Number(date.slice(0, 4)), chosenFestivals(rule.festivals)).filter((f) => f.date === date);
  const birthdays = rule.birthdays ? members.filter((m) => m.birthday && birthdaysBetween(m.birthday, date, date).length > 0).map((m) => m.key) : [];
  return { festivals, birthdays };
}

/** The greetings of the coming `days` days for the preview, festivals limited to the project's choice. */
export function upcomingProjectGreetings(rule: GreetingRule, members: readonly GreetingMember[], fromDate: string, days: number): UpcomingGreeting[] {
  const profiles = rule.birthdays ? members.map((m) => ({ id: m.key, birthday: m.birthday })) : [];
  return upcomingGreetings(profiles, fromDate, days, chosenFestivals(rule.festivals));
}

/** A household is in a profile audience when its profile carries any of the chosen care tags. */
export function hasAnyCareTag(profileTags: readonly string[], wanted: readonly string[]): boolean {
  return wanted.length === 0 || wanted.some((t) => profileTags.includes(t));
}

export const CARE_TAG_CODES: readonly string[] = PROFILE_TAGS;
