import { allQuestions, questionnaireActionsFor } from '@guanjia/domain/questionnaires/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { contentOf, type QuestionnaireRow } from './questionnaire-access.js';
import type { QuestionnaireView } from './schemas.js';

export async function userNames(db: DbOrTx, ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  if (unique.length === 0) return new Map();
  return new Map((await db.selectFrom('users').select(['id', 'name']).where('id', 'in', unique).execute()).map((u) => [u.id, u.name]));
}

export async function presentQuestionnaires(db: DbOrTx, actor: Actor, items: { row: QuestionnaireRow; responses: number }[]): Promise<QuestionnaireView[]> {
  const names = await userNames(db, items.map((i) => i.row.created_by));
  return items.map(({ row, responses }) => {
    const content = contentOf(row);
    return {
      id: row.id,
      projectId: row.project_id,
      versionNo: row.version_no,
      status: row.status,
      title: row.title,
      intro: row.intro,
      sections: content.sections,
      questionCount: allQuestions(content).length,
      responseCount: responses,
      createdBy: { id: row.created_by, name: names.get(row.created_by) ?? '' },
      publishedAt: row.published_at,
      retiredAt: row.retired_at,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
      allowedActions: actor.kind === 'staff' ? questionnaireActionsFor(row.status, actor.roles) : [],
    };
  });
}

export async function presentQuestionnaire(db: DbOrTx, actor: Actor, row: QuestionnaireRow): Promise<QuestionnaireView> {
  const n = await db.selectFrom('questionnaire_responses').select((eb) => eb.fn.countAll<number | string>().as('n')).where('questionnaire_id', '=', row.id).executeTakeFirst();
  return (await presentQuestionnaires(db, actor, [{ row, responses: Number(n?.n ?? 0) }]))[0]!;
}
