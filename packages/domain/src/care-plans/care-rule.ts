import { memberAge, type ProfileContent } from '../service-profiles/service-profile.js';
import { PROFILE_TAGS, type ProfileTag } from '../service-profiles/profile-vocabulary.js';
import { hhmmToMinutes } from '../shared/wall-clock.js';
import { normalizeRecurrence, recurrenceProblems, type CareRecurrence } from './care-recurrence.js';
import { sportUsualTime } from './usual-times.js';

/** Which households a rule serves: every listed profile tag, and optionally a member aged at least minAge. */
export interface CareCondition {
  tags: ProfileTag[];
  minAge: number | null;
}

/** One service a rule suggests, naming a catalog item by its printed category and item numbers. */
export interface CareAction {
  /** Stable within the rule: a household's suggestion of this action keeps its identity across edits. */
  key: string;
  title: string;
  categoryNumber: number;
  itemNumber: number;
  recurrence: CareRecurrence;
  /** 'HH:MM' in Shanghai, or null for "any time that day". */
  timeOfDay: string | null;
  /** Take the days and time from the profile's usual times (作息规律) when a phrase gives them. */
  fromUsualTimes?: boolean;
}

export interface CareRuleContent {
  name: string;
  description: string | null;
  condition: CareCondition;
  actions: CareAction[];
}

export const MAX_CARE_ACTIONS = 12;
export const MAX_MIN_AGE = 120;

/** A household's profile satisfies a rule's condition on a date (ages are counted on that date). */
export function matchesCondition(condition: CareCondition, profile: ProfileContent, onDate: string): boolean {
  if (!condition.tags.every((t) => profile.tags.includes(t))) return false;
  if (condition.minAge === null) return true;
  return profile.members.some((m) => (memberAge(m, onDate) ?? -1) >= condition.minAge!);
}

/** What a suggestion proposes: the action as it applies to this household. */
export interface CareProposal {
  title: string;
  categoryNumber: number;
  itemNumber: number;
  recurrence: CareRecurrence;
  timeOfDay: string | null;
  /** Why these days or this time (the usual-times phrase followed), or null. */
  note: string | null;
}

export interface CareMatch {
  ruleKey: string;
  actionKey: string;
  proposal: CareProposal;
}

/** The action applied to a profile: a sporty owner's venue booking follows their usual days and time. */
export function proposalFor(action: CareAction, profile: ProfileContent): CareProposal {
  const base: CareProposal = { title: action.title, categoryNumber: action.categoryNumber, itemNumber: action.itemNumber, recurrence: normalizeRecurrence(action.recurrence), timeOfDay: action.timeOfDay, note: null };
  if (!action.fromUsualTimes) return base;
  const usual = sportUsualTime(profile.usualTimes);
  if (!usual) return base;
  return {
    ...base,
    recurrence: usual.weekdays ? { kind: 'weekly', weekdays: usual.weekdays } : base.recurrence,
    timeOfDay: usual.time ?? base.timeOfDay,
    note: usual.phrase,
  };
}

/** Every enabled rule's actions that apply to the household, in rule then action order. */
export function matchCareRules(rules: readonly (CareRuleContent & { key: string; enabled: boolean })[], profile: ProfileContent, onDate: string): CareMatch[] {
  return rules
    .filter((r) => r.enabled && matchesCondition(r.condition, profile, onDate))
    .flatMap((r) => r.actions.map((a) => ({ ruleKey: r.key, actionKey: a.key, proposal: proposalFor(a, profile) })));
}

/**
 * What care rules read of a profile, as one string: a declined suggestion is offered again only when
 * this changes (tags, who lives there, their usual times), not when a note is edited.
 */
export function careProfileBasis(profile: ProfileContent): string {
  const sorted = (xs: readonly string[]) => [...xs].sort();
  return JSON.stringify({ tags: sorted(profile.tags), members: sorted(profile.members.map((m) => `${m.name.trim()}|${m.relation}`)), usualTimes: sorted(profile.usualTimes) });
}

export type CareRuleProblem = 'required' | 'noCondition' | 'unknownTag' | 'ageRange' | 'tooMany' | 'duplicateKey' | 'unknownItem' | 'timeFormat' | 'tooLong' | RecurrenceProblemKey;
type RecurrenceProblemKey = NonNullable<ReturnType<typeof recurrenceProblems>[keyof ReturnType<typeof recurrenceProblems>]>;

/**
 * Field-by-field problems of a rule ("actions.1.timeOfDay" → 'timeFormat'); empty when it may be
 * saved. `itemExists` answers whether the project's catalog has the item.
 */
export function careRuleProblems(rule: CareRuleContent, itemExists: (categoryNumber: number, itemNumber: number) => boolean): Record<string, CareRuleProblem> {
  const out: Record<string, CareRuleProblem> = {};
  if (!rule.name.trim()) out.name = 'required';
  else if (rule.name.length > 60) out.name = 'tooLong';
  if (rule.condition.tags.some((t) => !PROFILE_TAGS.includes(t))) out['condition.tags'] = 'unknownTag';
  const age = rule.condition.minAge;
  if (age !== null && (!Number.isInteger(age) || age < 0 || age > MAX_MIN_AGE)) out['condition.minAge'] = 'ageRange';
  if (rule.condition.tags.length === 0 && age === null) out['condition.tags'] = 'noCondition';
  if (rule.actions.length === 0) out.actions = 'required';
  if (rule.actions.length > MAX_CARE_ACTIONS) out.actions = 'tooMany';
  const keys = new Set<string>();
  rule.actions.forEach((a, i) => {
    const at = (f: string) => `actions.${i}.${f}`;
    if (!a.key.trim()) out[at('key')] = 'required';
    else if (keys.has(a.key)) out[at('key')] = 'duplicateKey';
    keys.add(a.key);
    if (!a.title.trim()) out[at('title')] = 'required';
    else if (a.title.length > 60) out[at('title')] = 'tooLong';
    if (!itemExists(a.categoryNumber, a.itemNumber)) out[at('itemNumber')] = 'unknownItem';
    if (a.timeOfDay !== null && !(hhmmToMinutes(a.timeOfDay) < 24 * 60)) out[at('timeOfDay')] = 'timeFormat';
    for (const [f, p] of Object.entries(recurrenceProblems(a.recurrence))) out[at(`recurrence.${f}`)] = p;
  });
  return out;
}
