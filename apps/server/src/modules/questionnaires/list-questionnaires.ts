import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import type { QuestionnaireRow } from './questionnaire-access.js';

/** A project's versions, newest first, with how many responses each has. */
export async function listQuestionnaires(db: DbOrTx, actor: Actor, projectId: string): Promise<{ row: QuestionnaireRow; responses: number }[]> {
  assertProjectVisible(actor, projectId, 'entity.project');
  const rows = await db.selectFrom('questionnaires').selectAll().where('project_id', '=', projectId).where('company_id', '=', actor.companyId).orderBy('version_no', 'desc').execute();
  const counts = await db
    .selectFrom('questionnaire_responses')
    .select((eb) => ['questionnaire_id', eb.fn.countAll<number | string>().as('n')])
    .where('project_id', '=', projectId)
    .groupBy('questionnaire_id')
    .execute();
  const byId = new Map(counts.map((c) => [c.questionnaire_id, Number(c.n)]));
  return rows.map((row) => ({ row, responses: byId.get(row.id) ?? 0 }));
}
