import { businessDate } from '@guanjia/domain';
import { OPEN_CHECKLIST_STATUSES } from '@guanjia/domain/sales-preparation/preparation-checklists';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import { translate } from '../../platform/http/i18n.js';
import { notify, type NotificationRow } from '../notifications/notify.js';
import { projectStaffWithRoles } from '../work-orders/work-order-notices.js';
import { checklistLink } from './assign-checklist-item.js';
import './messages.js';
import { recordChecklistEvent } from './record-sales-preparation-event.js';
import { userNames } from './sales-preparation-access.js';

const PAGE = 200;
const LOCALE = 'zh-CN';

export interface ChecklistReminderRun {
  /** Items alerted in this run (an item alerted today already is skipped). */
  reminded: number;
  notifications: NotificationRow[];
}

/**
 * The daily alert: every open item due before today tells its assignee, or the project's
 * service-center managers while it has none. Each item's alert day is claimed by a guarded update
 * in the item's own transaction, so a repeated or concurrent run tells nobody twice the same day.
 */
export async function remindOverdueChecklistItems(db: Db, now: Date): Promise<ChecklistReminderRun> {
  const today = businessDate(now);
  const run: ChecklistReminderRun = { reminded: 0, notifications: [] };
  let after = '';
  for (;;) {
    const page = await db
      .selectFrom('preparation_checklist_items')
      .select('id')
      .where('status', 'in', OPEN_CHECKLIST_STATUSES)
      .where('due_date', '<', today)
      .where((eb) => eb.or([eb('reminded_on', 'is', null), eb('reminded_on', '<>', today)]))
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    for (const { id } of page) {
      const notices = await inTransaction(db, (trx) => remindOne(trx, id, today, now));
      if (notices) {
        run.reminded++;
        run.notifications.push(...notices);
      }
    }
    if (page.length < PAGE) return run;
    after = page[page.length - 1]!.id;
  }
}

/** Claims today's alert of one item; null when it is closed, no longer overdue, or was alerted today. */
async function remindOne(trx: Tx, id: string, today: string, now: Date): Promise<NotificationRow[] | null> {
  // Not a versioned update: the alert must not make a page holding the item stale.
  const item = await trx
    .updateTable('preparation_checklist_items')
    .set({ reminded_on: today })
    .where('id', '=', id)
    .where('status', 'in', OPEN_CHECKLIST_STATUSES)
    .where('due_date', '<', today)
    .where((eb) => eb.or([eb('reminded_on', 'is', null), eb('reminded_on', '<>', today)]))
    .returningAll()
    .executeTakeFirst();
  if (!item) return null;
  const userIds = item.assignee_id ? [item.assignee_id] : await projectStaffWithRoles(trx, item.project_id, ['serviceCenterManager']);
  const at = now.toISOString();
  await recordChecklistEvent(trx, item, { action: 'alertOverdue', note: JSON.stringify(userIds), actorId: null, at });
  await recordAudit(trx, null, item.company_id, { action: 'preparationChecklist.alertOverdue', entityType: 'preparationChecklistItem', entityId: item.id, projectId: item.project_id, after: { remindedOn: today, userIds } });
  const owner = item.assignee_id ? ((await userNames(trx, [item.assignee_id])).get(item.assignee_id) ?? '') : translate(LOCALE, 'checklist.notice.unassigned');
  const params = { title: item.title, checklist: `checklist.kind.${item.checklist}`, dueDate: item.due_date, owner };
  return notify(trx, {
    userIds,
    kind: 'preparationChecklist.overdue',
    projectId: item.project_id,
    link: checklistLink(item),
    title: translate(LOCALE, 'checklist.notice.overdueTitle', params),
    body: translate(LOCALE, 'checklist.notice.overdueBody', params),
  });
}
