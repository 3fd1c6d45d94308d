import { uuidv7 } from '@guanjia/domain';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { QuestionnaireRow } from './questionnaire-access.js';
import type { QuestionnaireEventTable } from './tables.js';

/** One history row per change of a version, in the change's transaction. */
export async function recordQuestionnaireEvent(trx: Tx, actor: Actor, row: QuestionnaireRow, action: QuestionnaireEventTable['action'], data: unknown, at: string): Promise<void> {
  await trx
    .insertInto('questionnaire_events')
    .values({ id: uuidv7(), company_id: row.company_id, project_id: row.project_id, questionnaire_id: row.id, action, actor_id: actor.userId, data: data === undefined ? null : JSON.stringify(data), created_at: at })
    .execute();
}
