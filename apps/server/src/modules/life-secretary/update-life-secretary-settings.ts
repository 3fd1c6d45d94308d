import { unknownGreetingVariables } from '@guanjia/domain/life-secretary/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { StaleUpdateError, assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { ValidationError } from '../../platform/http/errors.js';
import { getLifeSecretarySettings } from './life-secretary-settings.js';
import type { PutSettingsBody, SettingsView } from './schemas.js';

/** 节日问候 / 生日祝贺 settings of a project (and its relay reminder limit); version-guarded. */
export async function updateLifeSecretarySettings(trx: Tx, actor: Actor, input: PutSettingsBody, now: Date = new Date()): Promise<SettingsView> {
  const before = await getLifeSecretarySettings(trx, actor, input.projectId);
  assertVersion(before.version, input.version);
  const fields: Record<string, string> = {};
  if (unknownGreetingVariables(input.festivalText, 'festival').length) fields.festivalText = 'lifeSecretary.field.unknownVariables';
  if (unknownGreetingVariables(input.birthdayText, 'birthday').length) fields.birthdayText = 'lifeSecretary.field.unknownVariables';
  if (Object.keys(fields).length) throw new ValidationError(fields);
  const values = {
    greetings_enabled: input.greetingsEnabled ? 1 : 0,
    festivals: JSON.stringify([...new Set(input.festivals)]),
    birthdays_enabled: input.birthdaysEnabled ? 1 : 0,
    festival_text: input.festivalText,
    birthday_text: input.birthdayText,
    channel: input.channel,
    relay_reminder_hours: input.relayReminderHours,
    updated_by: actor.userId,
    updated_at: now.toISOString(),
  };
  if (before.isDefault) {
    const inserted = await trx
      .insertInto('life_secretary_settings')
      .values({ project_id: input.projectId, company_id: actor.companyId, ...values, version: 1 })
      .onConflict((oc) => oc.column('project_id').doNothing())
      .returning('project_id')
      .executeTakeFirst();
    if (!inserted) throw new StaleUpdateError();
  } else {
    const done = await trx.updateTable('life_secretary_settings').set({ ...values, version: before.version + 1 }).where('project_id', '=', input.projectId).where('version', '=', before.version).executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) throw new StaleUpdateError();
  }
  const after = await getLifeSecretarySettings(trx, actor, input.projectId);
  await recordAudit(trx, actor, actor.companyId, { action: 'update', entityType: 'lifeSecretarySettings', entityId: input.projectId, projectId: input.projectId, before, after });
  return after;
}
