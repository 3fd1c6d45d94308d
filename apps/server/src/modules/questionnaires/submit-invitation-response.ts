import type { Tx } from '../../platform/db/transaction.js';
import { BusinessRuleError, ConflictError } from '../../platform/http/errors.js';
import { hasConsent } from '../consents/current-consent.js';
import { resolveOwnerInvitation } from '../owner-invitations/resolve-owner-invitation.js';
import { findPublishedQuestionnaire, type QuestionnaireResponseRow } from './questionnaire-access.js';
import type { PublicResponseBody } from './schemas.js';
import { storeQuestionnaireResponse } from './store-questionnaire-response.js';

/**
 * The owner's answers from the phone: only after consenting to keep them (422 otherwise), only to
 * the version on screen (409 when a newer one was published meanwhile, so the form reloads).
 */
export async function submitInvitationResponse(trx: Tx, token: string, input: PublicResponseBody, now: Date = new Date()): Promise<QuestionnaireResponseRow> {
  const inv = await resolveOwnerInvitation(trx, token, now);
  if (!inv.household_id) throw new BusinessRuleError('NO_HOUSEHOLD', 'questionnaire.error.noHousehold');
  if (!(await hasConsent(trx, inv.owner_id, 'serviceProfile'))) throw new BusinessRuleError('CONSENT_REQUIRED', 'questionnaire.error.consentRequired');
  const published = await findPublishedQuestionnaire(trx, inv.project_id);
  if (!published) throw new BusinessRuleError('NOT_PUBLISHED', 'questionnaire.error.notPublished');
  if (published.version_no !== input.version) throw new ConflictError('QUESTIONNAIRE_CHANGED', 'questionnaire.error.versionChanged');
  return storeQuestionnaireResponse(trx, { questionnaire: published, ownerId: inv.owner_id, householdId: inv.household_id, answers: input.answers, method: 'h5', actor: null, invitationId: inv.id, now });
}
