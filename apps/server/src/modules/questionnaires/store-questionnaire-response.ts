import { answerProblems, cleanAnswers, profileFromAnswers, type Answers, type EntryMethod } from '@guanjia/domain/questionnaires/index';
import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { AppError } from '../../platform/http/errors.js';
import { markOnboardingItem } from '../deals/mark-onboarding-item.js';
import { applyAnswersToProfile } from '../service-profiles/apply-answers-to-profile.js';
import { contentOf, type QuestionnaireResponseRow, type QuestionnaireRow } from './questionnaire-access.js';

export interface StoreResponseInput {
  questionnaire: QuestionnaireRow;
  ownerId: string;
  householdId: string;
  answers: Record<string, unknown>;
  method: EntryMethod;
  /** The butler entering it, or null for the owner on the phone. */
  actor: Actor | null;
  invitationId: string | null;
  now: Date;
}

/**
 * Checks the answers against the version's questions (400 naming the first question at fault, every
 * one in `fields`), stores them and refreshes the household's profile, all in the caller's transaction.
 */
export async function storeQuestionnaireResponse(trx: Tx, input: StoreResponseInput): Promise<QuestionnaireResponseRow> {
  const content = contentOf(input.questionnaire);
  const problems = answerProblems(content, input.answers as Answers, input.now.getUTCFullYear());
  if (problems.length > 0) {
    const fields = Object.fromEntries(problems.map((p) => [`answers.${p.questionKey}${p.index !== undefined ? `.${p.index}` : ''}`, `questionnaire.answer.${p.problem}`]));
    throw new AppError(400, 'VALIDATION_FAILED', 'questionnaire.error.answers', { question: problems[0]!.title, count: problems.length }, fields, { problems });
  }
  const answers = cleanAnswers(content, input.answers as Answers);
  const q = input.questionnaire;
  const row: QuestionnaireResponseRow = {
    id: uuidv7(),
    company_id: q.company_id,
    project_id: q.project_id,
    questionnaire_id: q.id,
    owner_id: input.ownerId,
    household_id: input.householdId,
    answers: JSON.stringify(answers),
    method: input.method,
    recorded_by: input.actor?.userId ?? null,
    invitation_id: input.invitationId,
    submitted_at: input.now.toISOString(),
  };
  await trx.insertInto('questionnaire_responses').values(row).execute();
  await applyAnswersToProfile(trx, {
    companyId: q.company_id,
    projectId: q.project_id,
    householdId: input.householdId,
    responseId: row.id,
    ownerId: input.ownerId,
    answered: profileFromAnswers(content, answers),
    actor: input.actor,
    at: input.now,
  });
  await recordAudit(trx, input.actor, q.company_id, { action: 'submit', entityType: 'questionnaireResponse', entityId: row.id, projectId: q.project_id, after: { questionnaireId: q.id, householdId: row.household_id, ownerId: row.owner_id, method: row.method } });
  // The deal's signing checklist ticks itself: the questionnaire is filled.
  await markOnboardingItem(trx, { projectId: q.project_id, ownerId: input.ownerId, item: 'questionnaireFilled', at: row.submitted_at });
  return row;
}
