import { businessDate, uuidv7 } from '@guanjia/domain';
import { sql } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import { translate } from '../../platform/http/i18n.js';
import { notify, type NotificationRow } from '../notifications/notify.js';
import { BUTLER_OF_HOUSEHOLD, householdLabelOf, LAST_VISITED_ON, overdueCondition, projectHouseholds } from './household-butler.js';
import './messages.js';
import { HOUSEHOLD_COLUMNS } from './list-household-butlers.js';
import { readVisitSettings } from './visit-settings.js';

// Stored notifications have one text; the company's language (Chinese) is used.
const LOCALE = 'zh-CN';
/** Households named in one notice; the rest are counted in the title and found on the page. */
const LISTED = 20;

export interface VisitReminderRun {
  /** Butlers told in this run (one already told today in that project is skipped). */
  reminded: number;
  notifications: NotificationRow[];
}

/**
 * The daily reminder: each butler hears, once per project and Shanghai day, which of their
 * households are overdue for a routine visit. The reminder row, unique per (project, butler, day),
 * is inserted first in each butler's transaction, so a repeated or concurrent run tells nobody twice.
 */
export async function remindDueVisits(db: Db, now: Date): Promise<VisitReminderRun> {
  const today = businessDate(now);
  const run: VisitReminderRun = { reminded: 0, notifications: [] };
  const projects = await db.selectFrom('projects').select(['id', 'company_id']).orderBy('id').execute();
  for (const project of projects) {
    const { cadence } = await readVisitSettings(db, project.id);
    const rows = await projectHouseholds(db, project.id)
      .select([...HOUSEHOLD_COLUMNS, BUTLER_OF_HOUSEHOLD.as('butler_id')])
      .where(BUTLER_OF_HOUSEHOLD, 'is not', null)
      .where(overdueCondition(cadence, today, LAST_VISITED_ON, sql.ref('h.created_at')))
      .orderBy('b.name')
      .orderBy('u.code')
      .execute();
    const byButler = new Map<string, typeof rows>();
    for (const r of rows) byButler.set(r.butler_id!, [...(byButler.get(r.butler_id!) ?? []), r]);
    for (const [butlerId, households] of byButler) {
      const notices = await inTransaction(db, (trx) => remindButler(trx, project, butlerId, households, today, now));
      if (notices) {
        run.reminded++;
        run.notifications.push(...notices);
      }
    }
  }
  return run;
}

type Overdue = { household_id: string; household_name: string | null; unit_code: string; building_name: string };

async function remindButler(trx: Tx, project: { id: string; company_id: string }, butlerId: string, households: Overdue[], today: string, now: Date): Promise<NotificationRow[] | null> {
  const reminder = {
    id: uuidv7(),
    company_id: project.company_id,
    project_id: project.id,
    butler_id: butlerId,
    reminder_date: today,
    household_ids: JSON.stringify(households.map((h) => h.household_id)),
    created_at: now.toISOString(),
  };
  const inserted = await trx
    .insertInto('owner_visit_reminders')
    .values(reminder)
    .onConflict((oc) => oc.columns(['project_id', 'butler_id', 'reminder_date']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return null;
  await recordAudit(trx, null, project.company_id, { action: 'ownerVisit.remind', entityType: 'user', entityId: butlerId, projectId: project.id, after: reminder });
  const listed = households.slice(0, LISTED).map(householdLabelOf);
  const more = households.length > LISTED ? ' …' : '';
  return notify(trx, {
    userIds: [butlerId],
    kind: 'ownerVisit.overdue',
    projectId: project.id,
    link: '/owner-visits',
    title: translate(LOCALE, 'ownerVisit.notice.overdueTitle', { count: households.length }),
    body: translate(LOCALE, 'ownerVisit.notice.overdueBody', { households: `${listed.join('、')}${more}` }),
  });
}
