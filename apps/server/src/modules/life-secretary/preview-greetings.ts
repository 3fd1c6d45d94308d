import { businessDate } from '@guanjia/domain';
import { upcomingProjectGreetings } from '@guanjia/domain/life-secretary/index';
import { formatBirthday } from '@guanjia/domain/service-profiles/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { Locale } from '../../platform/http/i18n.js';
import { projectBirthdayMembers } from './greeting-members.js';
import { householdLabels } from './life-secretary-access.js';
import { getLifeSecretarySettings } from './life-secretary-settings.js';

export const PREVIEW_DAYS = 30;

/** Who will be greeted in the coming 30 days, and for what, by the project's current settings. */
export async function previewGreetings(db: DbOrTx, actor: Actor, projectId: string, locale: Locale, now: Date = new Date()) {
  const settings = await getLifeSecretarySettings(db, actor, projectId);
  const from = businessDate(now);
  const members = settings.birthdaysEnabled ? await projectBirthdayMembers(db, projectId, now) : [];
  const upcoming = upcomingProjectGreetings({ festivals: settings.festivals, birthdays: settings.birthdaysEnabled }, members, from, PREVIEW_DAYS);
  const byKey = new Map(members.map((m) => [m.key, m]));
  const labels = await householdLabels(db, upcoming.flatMap((g) => (g.kind === 'birthday' ? [byKey.get(g.profileId)!.householdId] : [])));
  const items = upcoming.map((g) => {
    if (g.kind === 'festival') return { date: g.date, kind: 'festival' as const, festival: { key: g.festivalKey, name: g.name[locale] }, household: null, member: null };
    const m = byKey.get(g.profileId)!;
    return {
      date: g.date,
      kind: 'birthday' as const,
      festival: null,
      household: { id: m.householdId, label: labels.get(m.householdId) ?? '' },
      member: { name: m.name, relation: m.relation, birthday: formatBirthday(m.profileBirthday, locale) },
    };
  });
  return { enabled: settings.greetingsEnabled, from, days: PREVIEW_DAYS, items };
}
