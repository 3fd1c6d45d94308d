import { allQuestions, type AnswerValue, type Question, type QuestionnaireContent } from '@guanjia/domain/questionnaires/index';
import { AGE_BAND_LABELS, formatBirthday, MEMBER_RELATION_LABELS, type ProfileMember } from '@guanjia/domain/service-profiles/index';
import type { Locale } from '../../platform/http/i18n.js';

interface ResponseRowBase {
  id: string;
  questionnaire_id: string;
  version_no: number;
  household_id: string;
  owner_id: string;
  owner_name: string;
  method: 'h5' | 'verbal' | 'paper';
  recorded_by: string | null;
  recorded_by_name: string | null;
  submitted_at: string;
}

export function presentResponseListItem(r: ResponseRowBase & { building_name?: string; unit_code?: string }, label?: string) {
  return {
    id: r.id,
    questionnaireId: r.questionnaire_id,
    versionNo: r.version_no,
    household: { id: r.household_id, label: label ?? `${r.building_name ?? ''} ${r.unit_code ?? ''}`.trim() },
    owner: { id: r.owner_id, name: r.owner_name },
    method: r.method,
    recordedBy: r.recorded_by ? { id: r.recorded_by, name: r.recorded_by_name ?? '' } : null,
    submittedAt: r.submitted_at,
  };
}

/** An answer as a line a person reads: option labels, members with their birthdays (农历闰八月十五). */
export function displayAnswer(q: Question, v: AnswerValue, locale: Locale): string {
  const label = (value: string) => (q.options ?? []).find((o) => o.value === value)?.label ?? value;
  if (q.type === 'single') return label(v as string);
  if (q.type === 'multi') return (v as string[]).map(label).join('、');
  if (q.type === 'members') {
    return (v as ProfileMember[])
      .map((m) => {
        const parts = [MEMBER_RELATION_LABELS[m.relation]?.[locale] ?? m.relation];
        if (m.birthday) parts.push(formatBirthday(m.birthday, locale));
        if (m.ageBand) parts.push(AGE_BAND_LABELS[m.ageBand][locale]);
        return `${m.name}（${parts.join('，')}）`;
      })
      .join('；');
  }
  return String(v);
}

export function presentAnswers(content: QuestionnaireContent, answers: Record<string, AnswerValue>, locale: Locale) {
  const sectionOf = new Map(content.sections.flatMap((s) => s.questions.map((q) => [q.key, s.title] as const)));
  return allQuestions(content)
    .filter((q) => answers[q.key] !== undefined && answers[q.key] !== null)
    .map((q) => ({ key: q.key, title: q.title, type: q.type, section: sectionOf.get(q.key) ?? '', value: answers[q.key], display: displayAnswer(q, answers[q.key]!, locale) }));
}
