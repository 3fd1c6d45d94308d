import { uuidv7 } from '@guanjia/domain';
import type { KnowledgeBank } from '@guanjia/domain/knowledge/knowledge-flow';
import { generateQuiz, QUIZ_OPTION_COUNT, QuizSourceTooSmallError, type QuizSourceEntry } from '@guanjia/domain/training/quiz-generator';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type DbOrTx, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { BusinessRuleError, ValidationError } from '../../platform/http/errors.js';
import { notify, type NotificationRow } from '../notifications/notify.js';
import { translate } from '../../platform/http/i18n.js';
import type { CreateQuizBody } from './schemas.js';
import { assertOrganiser, assertProjectTrainees, loadSession, type QuizRow } from './training-access.js';

/** The bank's published question/answer pairs: the published version of every entry not retired. */
export function publishedPairs(db: DbOrTx, projectId: string, bank: KnowledgeBank): Promise<QuizSourceEntry[]> {
  return db
    .selectFrom('knowledge_entries as e')
    .innerJoin('knowledge_versions as v', 'v.id', 'e.published_version_id')
    .select(['e.id as entryId', 'v.id as versionId', 'v.question', 'v.answer'])
    .where('e.project_id', '=', projectId)
    .where('e.bank', '=', bank)
    .where('e.retired_at', 'is', null)
    .where('v.status', '=', 'published')
    .execute();
}

/**
 * A quiz generated from the bank's published answers, for a session's trainees or the named ones.
 * The seed is kept, so the quiz can be told apart and regenerated for an audit.
 */
export async function createTrainingQuiz(trx: Tx, actor: Actor, input: CreateQuizBody, now: Date = new Date()): Promise<{ quiz: QuizRow; notifications: NotificationRow[] }> {
  assertProjectVisible(actor, input.projectId, 'entity.project');
  assertOrganiser(actor);
  let traineeIds: string[];
  if (input.sessionId) {
    const session = await loadSession(trx, actor, input.sessionId);
    if (session.project_id !== input.projectId) throw new ValidationError({ sessionId: 'training.field.sessionNotInProject' });
    if (session.status === 'cancelled') throw new BusinessRuleError('SESSION_CANCELLED', 'training.error.sessionCancelled');
    traineeIds = (await trx.selectFrom('training_session_trainees').select('user_id').where('session_id', '=', session.id).execute()).map((r) => r.user_id);
  } else {
    traineeIds = [...new Set(input.traineeIds ?? [])];
    if (!traineeIds.length) throw new ValidationError({ traineeIds: 'training.field.traineesRequired' });
    await assertProjectTrainees(trx, input.projectId, traineeIds, 'traineeIds');
  }
  const seed = input.seed || uuidv7();
  let questions;
  try {
    questions = generateQuiz(await publishedPairs(trx, input.projectId, input.bank), { count: input.questionCount, seed });
  } catch (err) {
    if (err instanceof QuizSourceTooSmallError) {
      throw new BusinessRuleError('QUIZ_BANK_TOO_SMALL', 'training.error.bankTooSmall', { bank: `training.bank.${input.bank}`, available: err.available, needed: QUIZ_OPTION_COUNT }, { available: err.available, needed: QUIZ_OPTION_COUNT });
    }
    throw err;
  }
  const quiz: QuizRow = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: input.projectId,
    session_id: input.sessionId ?? null,
    title: input.title,
    bank: input.bank,
    seed,
    pass_mark: input.passMark,
    questions: JSON.stringify(questions),
    created_by: actor.userId,
    ...newRowStamp(now.toISOString()),
  };
  await trx.insertInto('training_quizzes').values(quiz).execute();
  await trx.insertInto('training_quiz_trainees').values(traineeIds.map((user_id) => ({ quiz_id: quiz.id, user_id, company_id: quiz.company_id, project_id: quiz.project_id }))).execute();
  await recordAudit(trx, actor, quiz.company_id, { action: 'trainingQuiz.create', entityType: 'trainingQuiz', entityId: quiz.id, projectId: quiz.project_id, after: { ...quiz, questions: questions.length, trainees: traineeIds.length } });
  const notifications = await notify(trx, {
    userIds: traineeIds,
    kind: 'training.quizAssigned',
    projectId: quiz.project_id,
    link: `/training?quizId=${quiz.id}`,
    title: translate('zh-CN', 'training.notice.quizTitle', { title: quiz.title }),
    body: translate('zh-CN', 'training.notice.quizBody', { title: quiz.title, count: questions.length, passMark: quiz.pass_mark }),
  });
  return { quiz, notifications };
}
