import { businessDate, uuidv7 } from '@guanjia/domain';
import { nextDate } from '@guanjia/domain/sales-site/liaison-form-flow';
import { AWAITING_ANSWER_STATUSES, suggestionReminderKind, type SuggestionReminderKind } from '@guanjia/domain/sales-channel/suggestion-flow';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import type { NotificationRow } from '../notifications/notify.js';
import { channelLinks, noticeChannel, sideNoticeIds } from './channel-notices.js';

const PAGE = 200;

export interface ChannelReminderRun {
  /** Records reminded in this run (one already reminded today is skipped). */
  reminded: number;
  notifications: NotificationRow[];
}

/**
 * The daily reminder: suggestions whose answer is overdue or due tomorrow remind the addressed side
 * (and, once overdue, the raiser); open action items overdue or due tomorrow remind their owner. The
 * reminder row, unique per record and day, is inserted first in each record's transaction: a repeated
 * or concurrent run tells nobody twice.
 */
export async function remindSalesChannel(db: Db, now: Date): Promise<ChannelReminderRun> {
  const today = businessDate(now);
  const tomorrow = nextDate(today);
  const run: ChannelReminderRun = { reminded: 0, notifications: [] };
  const add = (notices: NotificationRow[] | null) => {
    if (!notices) return;
    run.reminded++;
    run.notifications.push(...notices);
  };
  for (let after = ''; ; ) {
    const page = await db.selectFrom('sales_channel_suggestions').select('id').where('status', 'in', AWAITING_ANSWER_STATUSES).where('due_date', '<=', tomorrow).where('id', '>', after).orderBy('id').limit(PAGE).execute();
    for (const s of page) add(await inTransaction(db, (trx) => remindSuggestion(trx, s.id, today, now)));
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.id;
  }
  for (let after = ''; ; ) {
    const page = await db.selectFrom('sales_channel_action_items').select('id').where('status', '=', 'open').where('due_date', '<=', tomorrow).where('id', '>', after).orderBy('id').limit(PAGE).execute();
    for (const a of page) add(await inTransaction(db, (trx) => remindActionItem(trx, a.id, today, now)));
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.id;
  }
  return run;
}

async function remindSuggestion(trx: Tx, id: string, today: string, now: Date): Promise<NotificationRow[] | null> {
  const s = await trx.selectFrom('sales_channel_suggestions').selectAll().where('id', '=', id).executeTakeFirst();
  const kind = s ? suggestionReminderKind({ status: s.status, dueDate: s.due_date }, today) : null;
  if (!s || !kind) return null;
  const userIds = [...(await sideNoticeIds(trx, s.project_id, s.addressed_to)), ...(kind === 'overdue' ? [s.raised_by] : [])];
  if (!(await claimReminder(trx, { entityType: 'suggestion', row: s, kind, userIds, today, now }))) return null;
  return noticeChannel(trx, {
    projectId: s.project_id,
    userIds,
    actorId: null,
    kind: kind === 'overdue' ? 'suggestionOverdue' : 'suggestionDueTomorrow',
    link: channelLinks.suggestion(s.id),
    params: { number: s.number, title: s.title, dueDate: s.due_date },
  });
}

async function remindActionItem(trx: Tx, id: string, today: string, now: Date): Promise<NotificationRow[] | null> {
  const a = await trx.selectFrom('sales_channel_action_items').selectAll().where('id', '=', id).executeTakeFirst();
  if (!a || a.status !== 'open') return null;
  const kind: SuggestionReminderKind | null = a.due_date < today ? 'overdue' : a.due_date === nextDate(today) ? 'dueTomorrow' : null;
  if (!kind) return null;
  if (!(await claimReminder(trx, { entityType: 'actionItem', row: a, kind, userIds: [a.owner_id], today, now }))) return null;
  return noticeChannel(trx, {
    projectId: a.project_id,
    userIds: [a.owner_id],
    actorId: null,
    kind: kind === 'overdue' ? 'actionItemOverdue' : 'actionItemDueTomorrow',
    link: channelLinks.meeting(a.meeting_id),
    params: { description: a.description, dueDate: a.due_date },
  });
}

/** Inserts today's reminder row; false when this record already had today's. */
async function claimReminder(
  trx: Tx,
  r: { entityType: 'suggestion' | 'actionItem'; row: { id: string; company_id: string; project_id: string }; kind: SuggestionReminderKind; userIds: string[]; today: string; now: Date },
): Promise<boolean> {
  const reminder = {
    id: uuidv7(),
    company_id: r.row.company_id,
    project_id: r.row.project_id,
    entity_type: r.entityType,
    entity_id: r.row.id,
    reminder_date: r.today,
    kind: r.kind,
    recipients: JSON.stringify([...new Set(r.userIds)]),
    created_at: r.now.toISOString(),
  };
  const inserted = await trx
    .insertInto('sales_channel_reminders')
    .values(reminder)
    .onConflict((oc) => oc.columns(['entity_id', 'reminder_date']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return false;
  await recordAudit(trx, null, r.row.company_id, { action: `${r.entityType === 'suggestion' ? 'salesChannelSuggestion' : 'jointMeetingActionItem'}.remind`, entityType: r.entityType === 'suggestion' ? 'salesChannelSuggestion' : 'jointMeetingActionItem', entityId: r.row.id, projectId: r.row.project_id, after: reminder });
  return true;
}
