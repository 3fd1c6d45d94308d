import { OWNER_SERVICE_ROLES } from '@guanjia/domain/owners/owner-roles';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { requireRole } from '../../platform/http/access.js';
import { BusinessRuleError, ValidationError } from '../../platform/http/errors.js';
import { hasConsent } from '../consents/current-consent.js';
import { recordConsent } from '../consents/record-consent.js';
import { findVisibleQuestionnaire, type QuestionnaireResponseRow } from './questionnaire-access.js';
import type { EnterResponseBody } from './schemas.js';
import { storeQuestionnaireResponse } from './store-questionnaire-response.js';

/**
 * The butler enters the questionnaire on the owner's behalf (a call, a paper sheet). The owner's
 * consent as told is recorded first; without a consent in force the answers are refused (422).
 */
export async function enterQuestionnaireResponse(trx: Tx, actor: Actor, input: EnterResponseBody, now: Date = new Date()): Promise<QuestionnaireResponseRow> {
  requireRole(actor, ...OWNER_SERVICE_ROLES);
  const questionnaire = await findVisibleQuestionnaire(trx, actor, input.questionnaireId);
  if (questionnaire.status !== 'published') throw new BusinessRuleError('NOT_PUBLISHED', 'questionnaire.error.notPublished');
  const member = await trx
    .selectFrom('household_members')
    .innerJoin('households', 'households.id', 'household_members.household_id')
    .select(['households.project_id'])
    .where('household_members.household_id', '=', input.householdId)
    .where('household_members.owner_id', '=', input.ownerId)
    .executeTakeFirst();
  if (!member || member.project_id !== questionnaire.project_id) throw new ValidationError({ householdId: 'questionnaire.field.notMember' });
  if (input.consentMethod) {
    await recordConsent(trx, { companyId: questionnaire.company_id, projectId: questionnaire.project_id, ownerId: input.ownerId, purpose: 'serviceProfile', granted: true, method: input.consentMethod, actor, at: now });
  } else if (!(await hasConsent(trx, input.ownerId, 'serviceProfile'))) {
    throw new BusinessRuleError('CONSENT_REQUIRED', 'questionnaire.error.consentRequired');
  }
  return storeQuestionnaireResponse(trx, { questionnaire, ownerId: input.ownerId, householdId: input.householdId, answers: input.answers, method: input.method, actor, invitationId: null, now });
}
