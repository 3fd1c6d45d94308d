import { businessDate } from '@guanjia/domain';
import { combineProfile, emptyProfile, type ProfileContent } from '@guanjia/domain/service-profiles/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { hasConsent } from '../consents/current-consent.js';
import { parseProfile } from '../service-profiles/get-service-profile.js';

/**
 * The profile the rules read, as staff see it: the butler's record plus the questionnaire's answers
 * while their respondent consents to serviceProfile (so withdrawn consent also withdraws what the
 * answers alone suggested). Null when the household has no profile.
 */
export async function loadCareProfile(db: DbOrTx, householdId: string, now: Date): Promise<ProfileContent | null> {
  const row = await db.selectFrom('service_profiles').select(['recorded', 'answered', 'answered_owner_id']).where('household_id', '=', householdId).executeTakeFirst();
  if (!row) return null;
  const answered = parseProfile(row.answered);
  const visible = answered !== null && (await hasConsent(db, row.answered_owner_id, 'serviceProfile'));
  return combineProfile(parseProfile(row.recorded) ?? emptyProfile(), visible ? answered : null, businessDate(now));
}
