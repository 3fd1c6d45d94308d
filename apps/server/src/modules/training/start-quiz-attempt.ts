import { uuidv7 } from '@guanjia/domain';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { ForbiddenError } from '../../platform/http/errors.js';
import { quizQuestions } from './present-quiz.js';
import { isQuizTrainee, loadQuiz, type AttemptRow, type QuizRow } from './training-access.js';

/**
 * A trainee's attempt: the open one when they have one (one attempt at a time, also when two tabs
 * start at once: the open key is unique), or a new one.
 */
export async function startQuizAttempt(trx: Tx, actor: Actor, quizId: string, now: Date = new Date()): Promise<{ quiz: QuizRow; attempt: AttemptRow }> {
  const quiz = await loadQuiz(trx, actor, quizId);
  if (!(await isQuizTrainee(trx, quiz.id, actor.userId))) throw new ForbiddenError('training.refusal.notTrainee');
  const openKey = `${quiz.id}:${actor.userId}`;
  const at = now.toISOString();
  await trx
    .insertInto('training_quiz_attempts')
    .values({
      id: uuidv7(),
      company_id: quiz.company_id,
      project_id: quiz.project_id,
      quiz_id: quiz.id,
      user_id: actor.userId,
      status: 'open',
      open_key: openKey,
      answers: null,
      correct_count: null,
      question_count: quizQuestions(quiz).length,
      score: null,
      passed: null,
      started_at: at,
      submitted_at: null,
      ...newRowStamp(at),
    })
    .onConflict((oc) => oc.column('open_key').doNothing())
    .execute();
  const attempt = await trx.selectFrom('training_quiz_attempts').selectAll().where('open_key', '=', openKey).executeTakeFirstOrThrow();
  return { quiz, attempt };
}
