import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { AttemptView } from './schemas.js';
import { presentAttempt } from './present-quiz.js';
import { readsAll, userNames } from './training-access.js';

/** The trainee's own attempt, or any attempt of the project for organisers and readers. */
export async function getQuizAttempt(db: DbOrTx, actor: Actor, id: string): Promise<AttemptView> {
  const attempt = await db.selectFrom('training_quiz_attempts').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!attempt || (attempt.user_id !== actor.userId && !readsAll(actor))) throw new NotFoundError('entity.trainingQuizAttempt');
  assertProjectVisible(actor, attempt.project_id, 'entity.trainingQuizAttempt');
  const quiz = await db.selectFrom('training_quizzes').selectAll().where('id', '=', attempt.quiz_id).executeTakeFirstOrThrow();
  return presentAttempt(quiz, attempt, (await userNames(db, [attempt.user_id]))(attempt.user_id));
}
