import { birthdayProblem, type Birthday } from '../service-profiles/birthday.js';
import { AGE_BANDS, MEMBER_RELATIONS, PROFILE_LIST_FIELDS, PROFILE_TAGS, type ProfileListField, type ProfileTag } from '../service-profiles/profile-vocabulary.js';
import { emptyProfile, type ProfileContent, type ProfileMember } from '../service-profiles/service-profile.js';
import { allQuestions, QUESTIONNAIRE_LIMITS, type Question, type QuestionnaireContent } from './questionnaire-content.js';

/** single → option value; multi → option values; text → string; number → number; date → YYYY-MM-DD; members → rows. */
export type AnswerValue = string | string[] | number | ProfileMember[] | null;
export type Answers = Record<string, AnswerValue>;

export type AnswerProblemKind = 'required' | 'unknownQuestion' | 'wrongType' | 'notAnOption' | 'tooLong' | 'outOfRange' | 'badDate' | 'memberName' | 'memberRelation' | 'memberBirthday' | 'memberAgeBand' | 'tooMany';

export interface AnswerProblem {
  questionKey: string;
  /** The question's title, so the message can name it to the owner. */
  title: string;
  problem: AnswerProblemKind;
  /** For members: the row at fault. */
  index?: number;
}

const isBlank = (v: AnswerValue | undefined) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function memberProblem(m: unknown, thisYear: number): AnswerProblemKind | null {
  if (typeof m !== 'object' || m === null) return 'wrongType';
  const row = m as Partial<ProfileMember>;
  if (typeof row.name !== 'string' || !row.name.trim() || row.name.length > 50) return 'memberName';
  if (!(MEMBER_RELATIONS as readonly unknown[]).includes(row.relation)) return 'memberRelation';
  if (row.ageBand != null && !(AGE_BANDS as readonly unknown[]).includes(row.ageBand)) return 'memberAgeBand';
  if (row.birthday != null) {
    const b = row.birthday as Birthday;
    if (typeof b !== 'object' || (b.calendar !== 'solar' && b.calendar !== 'lunar') || birthdayProblem(b, thisYear)) return 'memberBirthday';
  }
  if (row.notes != null && (typeof row.notes !== 'string' || row.notes.length > QUESTIONNAIRE_LIMITS.text)) return 'tooLong';
  return null;
}

function questionProblem(q: Question, v: AnswerValue, thisYear: number): Omit<AnswerProblem, 'questionKey' | 'title'> | null {
  const values = (q.options ?? []).map((o) => o.value);
  switch (q.type) {
    case 'single':
      if (typeof v !== 'string') return { problem: 'wrongType' };
      return values.includes(v) ? null : { problem: 'notAnOption' };
    case 'multi':
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) return { problem: 'wrongType' };
      if (new Set(v as string[]).size !== v.length) return { problem: 'notAnOption' };
      return (v as string[]).every((x) => values.includes(x)) ? null : { problem: 'notAnOption' };
    case 'text':
      if (typeof v !== 'string') return { problem: 'wrongType' };
      return v.length > QUESTIONNAIRE_LIMITS.text ? { problem: 'tooLong' } : null;
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v)) return { problem: 'wrongType' };
      if ((q.min != null && v < q.min) || (q.max != null && v > q.max)) return { problem: 'outOfRange' };
      return null;
    case 'date':
      return typeof v === 'string' && validDate(v) ? null : { problem: 'badDate' };
    case 'members': {
      if (!Array.isArray(v)) return { problem: 'wrongType' };
      if (v.length > QUESTIONNAIRE_LIMITS.members) return { problem: 'tooMany' };
      for (let i = 0; i < v.length; i++) {
        const p = memberProblem(v[i], thisYear);
        if (p) return { problem: p, index: i };
      }
      return null;
    }
  }
}

/**
 * Checks answers against the version's questions, in question order. Answers to questions the
 * version does not have are refused, so a stale form is not half-stored.
 */
export function answerProblems(content: QuestionnaireContent, answers: Answers, thisYear: number): AnswerProblem[] {
  const questions = allQuestions(content);
  const known = new Set(questions.map((q) => q.key));
  const problems: AnswerProblem[] = [];
  for (const q of questions) {
    const v = answers[q.key];
    if (isBlank(v)) {
      if (q.required) problems.push({ questionKey: q.key, title: q.title, problem: 'required' });
      continue;
    }
    const p = questionProblem(q, v as AnswerValue, thisYear);
    if (p) problems.push({ questionKey: q.key, title: q.title, ...p });
  }
  for (const key of Object.keys(answers)) if (!known.has(key)) problems.push({ questionKey: key, title: key, problem: 'unknownQuestion' });
  return problems;
}

/** Answers without blanks, trimmed text, members' optional parts normalised: what is stored. */
export function cleanAnswers(content: QuestionnaireContent, answers: Answers): Answers {
  const out: Answers = {};
  for (const q of allQuestions(content)) {
    const v = answers[q.key];
    if (isBlank(v)) continue;
    if (typeof v === 'string') out[q.key] = v.trim();
    else if (q.type === 'members') {
      out[q.key] = (v as ProfileMember[]).map((m) => ({
        name: m.name.trim(),
        relation: m.relation,
        birthday: m.birthday ? { calendar: m.birthday.calendar, year: m.birthday.year ?? null, month: m.birthday.month, day: m.birthday.day, leapMonth: m.birthday.calendar === 'lunar' ? Boolean(m.birthday.leapMonth) : false } : null,
        ageBand: m.ageBand ?? null,
        notes: m.notes?.trim() || null,
      }));
    } else out[q.key] = v as AnswerValue;
  }
  return out;
}

/**
 * The profile layer a response gives: members from the members question, chosen options' labels and
 * written text into the list field each question feeds, tags from the options chosen.
 */
export function profileFromAnswers(content: QuestionnaireContent, answers: Answers): ProfileContent {
  const p = emptyProfile();
  const tags = new Set<ProfileTag>();
  const notes: string[] = [];
  for (const q of allQuestions(content)) {
    const v = answers[q.key];
    if (isBlank(v)) continue;
    const chosen = q.type === 'single' ? [v as string] : q.type === 'multi' ? (v as string[]) : [];
    for (const value of chosen) {
      const option = (q.options ?? []).find((o) => o.value === value);
      if (option?.tag) tags.add(option.tag);
    }
    if (!q.profileField) continue;
    if (q.profileField === 'members') {
      if (q.type === 'members') p.members.push(...(v as ProfileMember[]));
      continue;
    }
    const phrases =
      chosen.length > 0
        ? chosen.map((value) => (q.options ?? []).find((o) => o.value === value)?.label ?? value)
        : q.type === 'number' || q.type === 'date'
          ? [`${q.title}：${v}`]
          : [String(v)];
    if (q.profileField === 'notes') notes.push(...phrases);
    else if ((PROFILE_LIST_FIELDS as readonly string[]).includes(q.profileField)) {
      const list = p[q.profileField as ProfileListField];
      for (const phrase of phrases) if (!list.includes(phrase)) list.push(phrase);
    }
  }
  p.tags = PROFILE_TAGS.filter((t) => tags.has(t));
  p.notes = notes.join('\n') || null;
  return p;
}
