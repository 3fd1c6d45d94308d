import { DEFAULT_RELAY_REMINDER_HOURS, relayReminderDue } from '@guanjia/domain/life-secretary/index';
import type { Db } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { notify, type NotificationRow } from '../notifications/notify.js';
import { listProjectStaff } from '../staff/list-project-staff.js';
import { householdLabels } from './life-secretary-access.js';

/** The shortest limit a project may set; older relays are read, then each is held to its project's own. */
const MIN_HOURS = 1;

/**
 * Every quarter hour: a relay delivered but not confirmed after the project's limit (4 hours unless
 * set) reminds the project's butlers and whoever recorded it, once (a guarded reminded_at).
 */
export async function remindUnconfirmedRelays(db: Db, now: Date): Promise<{ notifications: NotificationRow[] }> {
  const cutoff = new Date(now.getTime() - MIN_HOURS * 3_600_000).toISOString();
  const open = await db
    .selectFrom('message_relays')
    .leftJoin('life_secretary_settings as s', 's.project_id', 'message_relays.project_id')
    .select(['message_relays.id', 'message_relays.project_id', 'message_relays.household_id', 'message_relays.status', 'message_relays.delivered_at', 'message_relays.reminded_at', 'message_relays.recorded_by', 'message_relays.from_name', 's.relay_reminder_hours'])
    .where('message_relays.status', '=', 'delivered')
    .where('message_relays.reminded_at', 'is', null)
    .where('message_relays.delivered_at', '<=', cutoff)
    .orderBy('message_relays.delivered_at')
    .limit(500)
    .execute();
  const due = open.filter((r) => relayReminderDue({ status: r.status, deliveredAt: r.delivered_at, remindedAt: r.reminded_at }, now, r.relay_reminder_hours ?? DEFAULT_RELAY_REMINDER_HOURS));
  const labels = await householdLabels(db, due.map((r) => r.household_id));
  const notifications: NotificationRow[] = [];
  for (const r of due) {
    const rows = await inTransaction(db, async (trx) => {
      const marked = await trx.updateTable('message_relays').set({ reminded_at: now.toISOString() }).where('id', '=', r.id).where('status', '=', 'delivered').where('reminded_at', 'is', null).executeTakeFirst();
      if (Number(marked.numUpdatedRows) === 0) return [];
      const butlers = await listProjectStaff(trx, r.project_id, ['butler']);
      return notify(trx, {
        userIds: [r.recorded_by, ...butlers.map((b) => b.id)],
        title: '留言尚未确认收到',
        body: `${labels.get(r.household_id) ?? ''}：${r.from_name}的留言已转达，业主尚未确认收到，请电话联系。`,
        link: '/life-secretary?tab=relays',
        kind: 'lifeSecretary.relayUnconfirmed',
        projectId: r.project_id,
      });
    });
    notifications.push(...rows);
  }
  return { notifications };
}
