import { businessDate } from '@guanjia/domain';
import { combineProfile, emptyProfile, type ProfileContent } from '@guanjia/domain/service-profiles/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { grantedOwners, hasConsent } from '../consents/current-consent.js';
import { parseProfile } from './get-service-profile.js';

const SLICE = 1000;

/**
 * One household's profile as staff may use it (the rule of get-service-profile.ts): the butler's record plus
 * the answers' layer only while its respondent consents to serviceProfile. Null when the household has none.
 */
export async function loadStaffProfile(db: DbOrTx, householdId: string, now: Date): Promise<ProfileContent | null> {
  const row = await db.selectFrom('service_profiles').select(['recorded', 'answered', 'answered_owner_id']).where('household_id', '=', householdId).executeTakeFirst();
  if (!row) return null;
  const answered = parseProfile(row.answered);
  const visible = answered !== null && (await hasConsent(db, row.answered_owner_id, 'serviceProfile'));
  return combineProfile(parseProfile(row.recorded) ?? emptyProfile(), visible ? answered : null, businessDate(now));
}

/**
 * Every service profile of a project as staff may use it, slice by slice in household order: the
 * butler's record plus the answers' layer only while its respondent consents to serviceProfile
 * (the rule of get-service-profile.ts), combined as of `now`'s Shanghai date.
 */
export async function forEachProjectProfile(db: DbOrTx, projectId: string, now: Date, visit: (householdId: string, profile: ProfileContent) => void): Promise<void> {
  const today = businessDate(now);
  let after: string | null = null;
  for (;;) {
    const rows = await db
      .selectFrom('service_profiles')
      .select(['household_id', 'recorded', 'answered', 'answered_owner_id'])
      .where('project_id', '=', projectId)
      .$if(after !== null, (q) => q.where('household_id', '>', after!))
      .orderBy('household_id')
      .limit(SLICE)
      .execute();
    if (rows.length === 0) return;
    const consenting = await grantedOwners(db, rows.flatMap((r) => (r.answered && r.answered_owner_id ? [r.answered_owner_id] : [])), 'serviceProfile');
    for (const r of rows) {
      const answered = r.answered_owner_id && consenting.has(r.answered_owner_id) ? parseProfile(r.answered) : null;
      visit(r.household_id, combineProfile(parseProfile(r.recorded) ?? emptyProfile(), answered, today));
    }
    if (rows.length < SLICE) return;
    after = rows.at(-1)!.household_id;
  }
}
