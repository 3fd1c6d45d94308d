import { CONSENT_PURPOSE_TEXTS } from '@guanjia/domain/questionnaires/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Locale } from '../../platform/http/i18n.js';
import { currentConsent } from '../consents/current-consent.js';
import { resolveOwnerInvitation } from '../owner-invitations/resolve-owner-invitation.js';
import { contentOf, findPublishedQuestionnaire } from './questionnaire-access.js';
import type { PublicQuestionnaireView } from './schemas.js';

/**
 * What the owner's phone shows behind the link: the consent to ask first, then the published
 * questionnaire; after a refusal the questions are not sent, after a response the thank-you.
 */
export async function getInvitationQuestionnaire(db: DbOrTx, token: string, locale: Locale, now: Date = new Date()): Promise<PublicQuestionnaireView> {
  const inv = await resolveOwnerInvitation(db, token, now);
  const consent = await currentConsent(db, inv.owner_id, 'serviceProfile');
  const refused = consent !== null && consent.granted === 0;
  const last = inv.household_id
    ? await db.selectFrom('questionnaire_responses').select('submitted_at').where('owner_id', '=', inv.owner_id).where('household_id', '=', inv.household_id).orderBy('submitted_at', 'desc').limit(1).executeTakeFirst()
    : undefined;
  const published = refused ? undefined : await findPublishedQuestionnaire(db, inv.project_id);
  const text = CONSENT_PURPOSE_TEXTS.serviceProfile;
  return {
    status: refused ? 'consentRefused' : last ? 'submitted' : 'notStarted',
    consent: consent ? { granted: consent.granted === 1, at: consent.recorded_at } : null,
    consentPurpose: 'serviceProfile',
    consentTitle: text.title[locale],
    consentText: text.text[locale],
    consentTextVersion: text.version,
    questionnaire: published ? { id: published.id, versionNo: published.version_no, title: published.title, intro: published.intro, sections: contentOf(published).sections } : null,
    submittedAt: last?.submitted_at ?? null,
    canSubmit: inv.household_id !== null,
  };
}
