import { businessDate, uuidv7 } from '@guanjia/domain';
import { liaisonReminderKind, liaisonReminderRecipients, nextDate, OPEN_LIAISON_FORM_STATUSES } from '@guanjia/domain/sales-site/liaison-form-flow';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import type { NotificationRow } from '../notifications/notify.js';
import type { LiaisonFormRow } from './liaison-form-access.js';
import { developerSideIds, noticeLiaisonForm } from './liaison-form-notices.js';

const PAGE = 200;

export interface LiaisonReminderRun {
  /** Forms reminded in this run (a form already reminded today is skipped). */
  reminded: number;
  notifications: NotificationRow[];
}

/**
 * The daily reminder: every issued form not taken back that is overdue or due tomorrow reminds its
 * issuer and, while the next step is theirs, the developer side of the project. The reminder row,
 * unique per form and day, is inserted first in each form's transaction: a repeated or concurrent run
 * inserts nothing and tells nobody twice.
 */
export async function remindLiaisonForms(db: Db, now: Date): Promise<LiaisonReminderRun> {
  const today = businessDate(now);
  const tomorrow = nextDate(today);
  const run: LiaisonReminderRun = { reminded: 0, notifications: [] };
  let after = '';
  for (;;) {
    const page = await db
      .selectFrom('liaison_forms')
      .selectAll()
      .where('status', 'in', OPEN_LIAISON_FORM_STATUSES)
      .where('due_date', '<=', tomorrow)
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    for (const form of page) {
      if (!liaisonReminderKind({ status: form.status, dueDate: form.due_date }, today)) continue;
      const notices = await inTransaction(db, (trx) => remindOne(trx, form.id, today, now));
      if (notices) {
        run.reminded++;
        run.notifications.push(...notices);
      }
    }
    if (page.length < PAGE) return run;
    after = page[page.length - 1]!.id;
  }
}

/** Re-reads the form in the transaction; null when it needs no reminder any more or already had today's. */
async function remindOne(trx: Tx, id: string, today: string, now: Date): Promise<NotificationRow[] | null> {
  const form: LiaisonFormRow | undefined = await trx.selectFrom('liaison_forms').selectAll().where('id', '=', id).executeTakeFirst();
  const kind = form ? liaisonReminderKind({ status: form.status, dueDate: form.due_date }, today) : null;
  if (!form || !kind) return null;
  const who = liaisonReminderRecipients(form.status);
  const userIds = [...new Set([...(who.issuer ? [form.issued_by] : []), ...(who.developer ? await developerSideIds(trx, form.project_id) : [])])].filter((u): u is string => u !== null);
  const reminder = {
    id: uuidv7(),
    company_id: form.company_id,
    project_id: form.project_id,
    form_id: form.id,
    reminder_date: today,
    kind,
    recipients: JSON.stringify(userIds),
    created_at: now.toISOString(),
  };
  const inserted = await trx
    .insertInto('liaison_form_reminders')
    .values(reminder)
    .onConflict((oc) => oc.columns(['form_id', 'reminder_date']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return null;
  await recordAudit(trx, null, form.company_id, { action: `liaisonForm.remind`, entityType: 'liaisonForm', entityId: form.id, projectId: form.project_id, after: reminder });
  return noticeLiaisonForm(trx, form, null, { userIds, kind, bodyKey: `liaison.notice.${kind}Body` });
}
