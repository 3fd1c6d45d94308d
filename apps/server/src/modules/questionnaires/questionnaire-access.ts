import type { QuestionnaireContent } from '@guanjia/domain/questionnaires/index';
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { QuestionnaireResponseTable, QuestionnaireTable } from './tables.js';

export type QuestionnaireRow = Selectable<QuestionnaireTable>;
export type QuestionnaireResponseRow = Selectable<QuestionnaireResponseTable>;

/** A version of a project the actor works in, or 404. */
export async function findVisibleQuestionnaire(db: DbOrTx, actor: Actor, id: string): Promise<QuestionnaireRow> {
  const row = await db.selectFrom('questionnaires').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.questionnaire');
  assertProjectVisible(actor, row.project_id, 'entity.questionnaire');
  return row;
}

export function contentOf(row: Pick<QuestionnaireRow, 'content'>): QuestionnaireContent {
  return JSON.parse(row.content) as QuestionnaireContent;
}

/** The version owners fill now, or undefined when none is published. */
export async function findPublishedQuestionnaire(db: DbOrTx, projectId: string): Promise<QuestionnaireRow | undefined> {
  return db.selectFrom('questionnaires').selectAll().where('project_id', '=', projectId).where('status', '=', 'published').executeTakeFirst();
}
