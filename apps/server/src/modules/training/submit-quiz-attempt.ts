import { scoreQuiz } from '@guanjia/domain/training/quiz-generator';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { quizQuestions } from './present-quiz.js';
import type { SubmitAttemptBody } from './schemas.js';
import type { AttemptRow, QuizRow } from './training-access.js';

/**
 * Scores the trainee's own attempt on the server. Submitting again, or twice at once, gives the
 * first score: the update only takes an attempt that is still open.
 */
export async function submitQuizAttempt(trx: Tx, actor: Actor, attemptId: string, input: SubmitAttemptBody, now: Date = new Date()): Promise<{ quiz: QuizRow; attempt: AttemptRow }> {
  const before = await trx.selectFrom('training_quiz_attempts').selectAll().where('id', '=', attemptId).where('user_id', '=', actor.userId).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!before) throw new NotFoundError('entity.trainingQuizAttempt');
  const quiz = await trx.selectFrom('training_quizzes').selectAll().where('id', '=', before.quiz_id).executeTakeFirstOrThrow();
  if (before.status === 'submitted') return { quiz, attempt: before };
  const questions = quizQuestions(quiz);
  if (input.answers.length > questions.length) throw new ValidationError({ answers: 'training.field.tooManyAnswers' });
  const chosen = questions.map((_, i) => input.answers[i] ?? null);
  const score = scoreQuiz(questions.map((q) => q.correctIndex), chosen, quiz.pass_mark);
  const at = now.toISOString();
  const after = await trx
    .updateTable('training_quiz_attempts')
    .set({
      status: 'submitted',
      open_key: null,
      answers: JSON.stringify(chosen),
      correct_count: score.correct,
      score: score.percent,
      passed: score.passed ? 1 : 0,
      submitted_at: at,
      updated_at: at,
      version: before.version + 1,
    })
    .where('id', '=', before.id)
    .where('status', '=', 'open')
    .returningAll()
    .executeTakeFirst();
  if (!after) {
    // Another submit of the same attempt won; its score stands.
    return { quiz, attempt: await trx.selectFrom('training_quiz_attempts').selectAll().where('id', '=', before.id).executeTakeFirstOrThrow() };
  }
  await recordAudit(trx, actor, after.company_id, { action: 'trainingQuizAttempt.submit', entityType: 'trainingQuizAttempt', entityId: after.id, projectId: after.project_id, before, after });
  return { quiz, attempt: after };
}
