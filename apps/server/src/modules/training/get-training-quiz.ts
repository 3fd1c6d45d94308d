import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { QuizView } from './schemas.js';
import { presentQuizzes } from './present-quiz.js';
import { isQuizTrainee, loadQuiz, readsAll } from './training-access.js';

/** A quiz for organisers and readers, or for one of its trainees; never its answers. */
export async function getTrainingQuiz(db: DbOrTx, actor: Actor, id: string): Promise<QuizView> {
  const quiz = await loadQuiz(db, actor, id);
  if (!readsAll(actor) && !(await isQuizTrainee(db, quiz.id, actor.userId))) throw new NotFoundError('entity.trainingQuiz');
  return (await presentQuizzes(db, actor, [quiz]))[0]!;
}
