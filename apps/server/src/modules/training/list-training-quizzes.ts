import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import type { QuizView } from './schemas.js';
import { presentQuizzes } from './present-quiz.js';

/** The project's quizzes, newest first, with each trainee's best score. */
export async function listTrainingQuizzes(db: DbOrTx, actor: Actor, projectId: string): Promise<QuizView[]> {
  assertProjectVisible(actor, projectId, 'entity.project');
  const rows = await db.selectFrom('training_quizzes').selectAll().where('company_id', '=', actor.companyId).where('project_id', '=', projectId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(500).execute();
  return presentQuizzes(db, actor, rows);
}
