import { greetingBirthday, greetingMemberKey, type GreetingMember } from '@guanjia/domain/life-secretary/index';
import type { Birthday as ProfileBirthday } from '@guanjia/domain/service-profiles/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { forEachProjectProfile } from '../service-profiles/staff-profiles.js';

export interface BirthdayMember extends GreetingMember {
  householdId: string;
  memberKey: string;
  name: string;
  relation: string;
  profileBirthday: ProfileBirthday;
}

/**
 * The members with a birthday in a project's service profiles, as staff may use them: a birthday the
 * household gave only in a questionnaire counts only while its respondent consents to serviceProfile.
 */
export async function projectBirthdayMembers(db: DbOrTx, projectId: string, now: Date): Promise<BirthdayMember[]> {
  const out: BirthdayMember[] = [];
  await forEachProjectProfile(db, projectId, now, (householdId, profile) => {
    for (const m of profile.members) {
      const birthday = greetingBirthday(m.birthday);
      if (!birthday || !m.birthday) continue;
      const memberKey = greetingMemberKey(m);
      out.push({ key: `${householdId}|${memberKey}`, householdId, memberKey, name: m.name.trim(), relation: m.relation, birthday, profileBirthday: m.birthday });
    }
  });
  return out;
}
