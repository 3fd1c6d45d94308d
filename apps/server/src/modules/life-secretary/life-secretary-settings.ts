import { DEFAULT_BIRTHDAY_TEXT, DEFAULT_FESTIVAL_TEXT, DEFAULT_RELAY_REMINDER_HOURS, FESTIVAL_KEYS, type GreetingChannel } from '@guanjia/domain/life-secretary/index';
import { FESTIVALS } from '@guanjia/domain/greetings/index';
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import type { SettingsView } from './schemas.js';
import type { LifeSecretarySettingsTable } from './tables.js';

export type SettingsRow = Selectable<LifeSecretarySettingsTable>;

/** A project's settings as the rules read them; a project that never saved any greets nobody. */
export function settingsView(projectId: string, row: SettingsRow | undefined): SettingsView {
  return {
    projectId,
    greetingsEnabled: row?.greetings_enabled === 1,
    festivals: row ? (JSON.parse(row.festivals) as string[]) : [...FESTIVAL_KEYS],
    birthdaysEnabled: row ? row.birthdays_enabled === 1 : true,
    festivalText: row?.festival_text ?? DEFAULT_FESTIVAL_TEXT,
    birthdayText: row?.birthday_text ?? DEFAULT_BIRTHDAY_TEXT,
    channel: (row?.channel ?? 'sms') as GreetingChannel,
    relayReminderHours: row?.relay_reminder_hours ?? DEFAULT_RELAY_REMINDER_HOURS,
    isDefault: !row,
    version: row?.version ?? 0,
    festivalChoices: FESTIVALS.map((f) => ({ key: f.key, name: f.name })),
  };
}

export async function getLifeSecretarySettings(db: DbOrTx, actor: Actor, projectId: string): Promise<SettingsView> {
  assertProjectVisible(actor, projectId, 'entity.project');
  const row = await db.selectFrom('life_secretary_settings').selectAll().where('project_id', '=', projectId).executeTakeFirst();
  return settingsView(projectId, row);
}
