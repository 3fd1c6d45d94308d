import { businessDate } from '@guanjia/domain';
import { combineProfile, emptyProfile, type ProfileContent } from '@guanjia/domain/service-profiles/index';
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { hasConsent } from '../consents/current-consent.js';
import { findProfileHousehold, type ProfileAccess } from './service-profile-access.js';
import type { ServiceProfileTable } from './tables.js';

export type ServiceProfileRow = Selectable<ServiceProfileTable>;

export interface ServiceProfileRead {
  householdId: string;
  projectId: string;
  access: ProfileAccess;
  row: ServiceProfileRow | null;
  recorded: ProfileContent;
  /** Null when nothing was answered or the answers may not be shown to this caller. */
  fromAnswers: ProfileContent | null;
  answersHidden: boolean;
  combined: ProfileContent;
}

export const parseProfile = (json: string | null): ProfileContent | null => (json ? { ...emptyProfile(), ...(JSON.parse(json) as ProfileContent) } : null);

/**
 * A household's profile as the caller may see it. The answers' layer counts only while the person who
 * answered consents to serviceProfile; the owner's own account always sees its own answers.
 */
export async function getServiceProfile(db: DbOrTx, actor: Actor, householdId: string, now: Date = new Date()): Promise<ServiceProfileRead> {
  const { household, access } = await findProfileHousehold(db, actor, householdId);
  const row = (await db.selectFrom('service_profiles').selectAll().where('household_id', '=', household.id).executeTakeFirst()) ?? null;
  const recorded = parseProfile(row?.recorded ?? null) ?? emptyProfile();
  const answered = parseProfile(row?.answered ?? null);
  const visible = answered !== null && (actor.kind === 'owner' || (await hasConsent(db, row!.answered_owner_id, 'serviceProfile')));
  const fromAnswers = visible ? answered : null;
  return {
    householdId: household.id,
    projectId: household.project_id,
    access,
    row,
    recorded,
    fromAnswers,
    answersHidden: answered !== null && !visible,
    combined: combineProfile(recorded, fromAnswers, businessDate(now)),
  };
}
