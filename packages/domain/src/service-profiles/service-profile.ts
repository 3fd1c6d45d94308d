import { ageInYear, type Birthday } from './birthday.js';
import {
  ADULT_AGE,
  ageBandFrom,
  ELDERLY_AGE,
  PROFILE_LIST_FIELDS,
  PROFILE_TAGS,
  type AgeBand,
  type MemberRelation,
  type ProfileListField,
  type ProfileTag,
} from './profile-vocabulary.js';

export interface ProfileMember {
  name: string;
  relation: MemberRelation;
  birthday?: Birthday | null;
  ageBand?: AgeBand | null;
  notes?: string | null;
}

/**
 * 个性化服务需求档案: what the butler knows of a household. Kept in two layers, the butler's own record
 * and what the latest questionnaire answered, because the answers are shown only while the owner consents.
 */
export interface ProfileContent extends Record<ProfileListField, string[]> {
  members: ProfileMember[];
  tags: ProfileTag[];
  notes: string | null;
}

export function emptyProfile(): ProfileContent {
  return { members: [], tags: [], personality: [], preferences: [], habits: [], needs: [], usualTimes: [], notes: null };
}

/** A member's age on a date: from the birth year when known, else the bottom of the age band. */
export function memberAge(m: ProfileMember, onDate: string): number | null {
  const byYear = ageInYear(m.birthday, onDate);
  if (byYear !== null) return byYear;
  return m.ageBand ? ageBandFrom(m.ageBand) : null;
}

/** Elderly when a member is 60 or over; children when one is under 18. */
export function derivedTags(members: readonly ProfileMember[], onDate: string): ProfileTag[] {
  const ages = members.map((m) => memberAge(m, onDate)).filter((a): a is number => a !== null);
  const tags: ProfileTag[] = [];
  if (ages.some((a) => a >= ELDERLY_AGE)) tags.push('elderly');
  if (ages.some((a) => a < ADULT_AGE)) tags.push('children');
  return tags;
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
const memberKey = (m: ProfileMember) => `${m.name.trim()}|${m.relation}`;

/**
 * The profile staff work from: the butler's record with the answers' layer added (when it may be
 * shown); on the same member the butler's entry wins, lists keep one of each phrase.
 */
export function combineProfile(recorded: ProfileContent, answered: ProfileContent | null, onDate: string): ProfileContent {
  const out = emptyProfile();
  const seen = new Set<string>();
  for (const m of [...recorded.members, ...(answered?.members ?? [])]) {
    if (seen.has(memberKey(m))) continue;
    seen.add(memberKey(m));
    out.members.push(m);
  }
  for (const f of PROFILE_LIST_FIELDS) out[f] = unique([...recorded[f], ...(answered?.[f] ?? [])]);
  const tags = new Set<ProfileTag>([...recorded.tags, ...(answered?.tags ?? []), ...derivedTags(out.members, onDate)]);
  out.tags = PROFILE_TAGS.filter((t) => tags.has(t));
  out.notes = [recorded.notes, answered?.notes].filter((n): n is string => Boolean(n && n.trim())).join('\n') || null;
  return out;
}

/** What staff outside the butler team see while serving the household's work orders. */
export interface ProfileSummary {
  tags: ProfileTag[];
  members: { name: string; relation: MemberRelation }[];
  needs: string[];
  preferences: string[];
}

export function profileSummary(p: ProfileContent): ProfileSummary {
  return { tags: p.tags, members: p.members.map((m) => ({ name: m.name, relation: m.relation })), needs: p.needs, preferences: p.preferences };
}

/** Which parts of a profile differ, for the history line ("members, needs changed"). */
export function changedProfileFields(before: ProfileContent, after: ProfileContent): (keyof ProfileContent)[] {
  const keys: (keyof ProfileContent)[] = ['members', 'tags', ...PROFILE_LIST_FIELDS, 'notes'];
  return keys.filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null));
}
