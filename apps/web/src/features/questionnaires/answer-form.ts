import { answerProblems, type AnswerProblem, type Answers } from '@guanjia/domain/questionnaires/questionnaire-answers';
import type { Question, QuestionnaireContent } from '@guanjia/domain/questionnaires/questionnaire-content';
import type { Birthday } from '@guanjia/domain/service-profiles/birthday';
import type { AgeBand, MemberRelation } from '@guanjia/domain/service-profiles/profile-vocabulary';

/** One row of the members question as the form holds it. */
export interface MemberRow {
  name?: string;
  relation?: MemberRelation;
  ageBand?: AgeBand | null;
  birthday?: Birthday | null;
  notes?: string;
}

/** The empty row a members list starts with is not a member. */
export const isBlankMember = (m: MemberRow) => !m.name?.trim() && !m.relation;

/** The form's values (dates as YYYY-MM-DD strings) as the answers the server checks; empty answers are left out. */
export function formToAnswers(questions: Question[], values: Record<string, unknown>): Answers {
  const out: Answers = {};
  for (const q of questions) {
    const v = values[q.key];
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    if (q.type === 'number') out[q.key] = Number(v);
    else if (q.type === 'text') {
      if (String(v).trim()) out[q.key] = String(v).trim();
    } else if (q.type === 'members') {
      const rows = (v as MemberRow[]).filter((m) => !isBlankMember(m));
      if (rows.length) {
        out[q.key] = rows.map((m) => ({
          name: (m.name ?? '').trim(),
          relation: m.relation as MemberRelation,
          ...(m.ageBand ? { ageBand: m.ageBand } : {}),
          ...(m.birthday ? { birthday: m.birthday } : {}),
          ...(m.notes?.trim() ? { notes: m.notes.trim() } : {}),
        }));
      }
    } else out[q.key] = v as string | string[];
  }
  return out;
}

/** The same rules the server and the owner's phone apply, one problem per question (the first). */
export function answerFieldProblems(content: QuestionnaireContent, answers: Answers, thisYear: number): Map<string, AnswerProblem> {
  const byQuestion = new Map<string, AnswerProblem>();
  for (const p of answerProblems(content, answers, thisYear)) if (!byQuestion.has(p.questionKey)) byQuestion.set(p.questionKey, p);
  return byQuestion;
}
