import { uuidv7 } from '@guanjia/domain';
import { birthdayProblem, changedProfileFields, emptyProfile, SERVICE_PROFILE_EDITOR_ROLES, type ProfileContent } from '@guanjia/domain/service-profiles/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { StaleUpdateError } from '../../platform/db/versioned-update.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import { requireRole } from '../../platform/http/access.js';
import { ValidationError } from '../../platform/http/errors.js';
import { enqueueCareRefresh } from '../care-plans/enqueue-care-refresh.js';
import { parseProfile, type ServiceProfileRow } from './get-service-profile.js';
import { findProfileHousehold } from './service-profile-access.js';
import type { UpdateServiceProfileBody } from './schemas.js';

/** Birthdays that cannot be (31 April, 13th month): named per member. */
export function assertBirthdays(profile: ProfileContent, thisYear: number, prefix: string): void {
  const fields: Record<string, string> = {};
  profile.members.forEach((m, i) => {
    if (m.birthday && birthdayProblem(m.birthday, thisYear)) fields[`${prefix}.members.${i}.birthday`] = `serviceProfile.birthday.${birthdayProblem(m.birthday, thisYear)}`;
  });
  if (Object.keys(fields).length > 0) throw new ValidationError(fields);
}

/**
 * The butler edits their own layer of the profile; the questionnaire's layer is left as answered.
 * Version 0 creates the profile; a version someone else moved on from is 409.
 */
export async function updateServiceProfile(trx: Tx, actor: Actor, householdId: string, input: UpdateServiceProfileBody, now: Date = new Date()): Promise<ServiceProfileRow> {
  requireRole(actor, ...SERVICE_PROFILE_EDITOR_ROLES);
  const { household } = await findProfileHousehold(trx, actor, householdId);
  const profile = input.profile as ProfileContent;
  assertBirthdays(profile, now.getUTCFullYear(), 'profile');
  const at = now.toISOString();
  const before = await trx.selectFrom('service_profiles').selectAll().where('household_id', '=', household.id).executeTakeFirst();
  if ((before?.version ?? 0) !== input.version) throw new StaleUpdateError();
  const fields = changedProfileFields(parseProfile(before?.recorded ?? null) ?? emptyProfile(), profile);
  let row: ServiceProfileRow | undefined;
  if (!before) {
    row = { id: uuidv7(), company_id: household.company_id, project_id: household.project_id, household_id: household.id, recorded: JSON.stringify(profile), answered: null, answered_response_id: null, answered_owner_id: null, answered_at: null, created_at: at, updated_at: at, version: 1 };
    try {
      await trx.insertInto('service_profiles').values(row).execute();
    } catch (err) {
      // Someone created it a moment ago: the caller's version 0 is stale.
      if (isUniqueViolation(err)) throw new StaleUpdateError();
      throw err;
    }
  } else {
    row = await trx.updateTable('service_profiles').set({ recorded: JSON.stringify(profile), updated_at: at, version: before.version + 1 }).where('id', '=', before.id).where('version', '=', before.version).returningAll().executeTakeFirst();
    if (!row) throw new StaleUpdateError();
  }
  await trx.insertInto('service_profile_events').values({ id: uuidv7(), company_id: row.company_id, project_id: row.project_id, service_profile_id: row.id, action: 'record', actor_id: actor.userId, data: JSON.stringify({ fields }), created_at: at }).execute();
  await recordAudit(trx, actor, row.company_id, { action: before ? 'update' : 'create', entityType: 'serviceProfile', entityId: row.id, projectId: row.project_id, after: { householdId: household.id, fields } });
  await enqueueCareRefresh(trx, { companyId: row.company_id, projectId: row.project_id, householdId: household.id });
  return row;
}
