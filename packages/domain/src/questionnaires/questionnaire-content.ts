import { PROFILE_FIELDS, PROFILE_TAGS, type ProfileField, type ProfileTag } from '../service-profiles/profile-vocabulary.js';

/** `members` is a repeating group: one row per person living in the home (name, relation, birthday, age band). */
export const QUESTION_TYPES = ['single', 'multi', 'text', 'number', 'date', 'members'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const CHOICE_TYPES: readonly QuestionType[] = ['single', 'multi'];

export interface QuestionOption {
  value: string;
  label: string;
  /** Choosing this option marks the household (e.g. 是 on "is this a holiday home" → holidayHome). */
  tag?: ProfileTag | null;
}

export interface Question {
  /** Stable within a version; answers are keyed by it. */
  key: string;
  type: QuestionType;
  title: string;
  help?: string | null;
  required: boolean;
  options?: QuestionOption[] | null;
  /** The profile part an answer feeds, so filling the questionnaire fills the profile. */
  profileField?: ProfileField | null;
  min?: number | null;
  max?: number | null;
}

export interface QuestionSection {
  key: string;
  title: string;
  questions: Question[];
}

export interface QuestionnaireContent {
  sections: QuestionSection[];
}

export const QUESTIONNAIRE_LIMITS = { sections: 20, questions: 80, options: 30, text: 500, title: 200, members: 20 } as const;

const KEY = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

/** Where a built questionnaire is wrong: a path into the content and an i18n key. */
export interface ContentProblem {
  path: string;
  problem: 'duplicateKey' | 'badKey' | 'noQuestions' | 'needsOptions' | 'duplicateOption' | 'optionsOnNonChoice' | 'profileFieldMismatch' | 'badRange' | 'tooMany';
}

/** Checks a draft before it is saved or published; an empty list means it is well formed. */
export function contentProblems(content: QuestionnaireContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const keys = new Set<string>();
  const sectionKeys = new Set<string>();
  let count = 0;
  content.sections.forEach((s, si) => {
    const at = `sections.${si}`;
    if (!KEY.test(s.key)) problems.push({ path: `${at}.key`, problem: 'badKey' });
    else if (sectionKeys.has(s.key)) problems.push({ path: `${at}.key`, problem: 'duplicateKey' });
    sectionKeys.add(s.key);
    if (s.questions.length === 0) problems.push({ path: `${at}.questions`, problem: 'noQuestions' });
    s.questions.forEach((q, qi) => {
      count++;
      const qa = `${at}.questions.${qi}`;
      if (!KEY.test(q.key)) problems.push({ path: `${qa}.key`, problem: 'badKey' });
      else if (keys.has(q.key)) problems.push({ path: `${qa}.key`, problem: 'duplicateKey' });
      keys.add(q.key);
      const options = q.options ?? [];
      if (CHOICE_TYPES.includes(q.type)) {
        if (options.length < 2) problems.push({ path: `${qa}.options`, problem: 'needsOptions' });
        const values = options.map((o) => o.value);
        if (new Set(values).size !== values.length) problems.push({ path: `${qa}.options`, problem: 'duplicateOption' });
      } else if (options.length > 0) {
        problems.push({ path: `${qa}.options`, problem: 'optionsOnNonChoice' });
      }
      // Members feed only the members; nothing else may write into them.
      const mismatch = q.type === 'members' ? q.profileField != null && q.profileField !== 'members' : q.profileField === 'members';
      if (mismatch) {
        problems.push({ path: `${qa}.profileField`, problem: 'profileFieldMismatch' });
      }
      if (q.min != null && q.max != null && q.min > q.max) problems.push({ path: `${qa}.max`, problem: 'badRange' });
    });
  });
  if (count > QUESTIONNAIRE_LIMITS.questions) problems.push({ path: 'sections', problem: 'tooMany' });
  return problems;
}

export function allQuestions(content: QuestionnaireContent): Question[] {
  return content.sections.flatMap((s) => s.questions);
}

export const isProfileField = (v: unknown): v is ProfileField => (PROFILE_FIELDS as readonly unknown[]).includes(v);
export const isProfileTag = (v: unknown): v is ProfileTag => (PROFILE_TAGS as readonly unknown[]).includes(v);
