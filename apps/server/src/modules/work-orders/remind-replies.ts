import { businessDate } from '@guanjia/domain';
import { dueReplyAlert, firstReplyAlertDate, LONG_OVERDUE_DAYS, MAX_REPLY_ALERT_LEVEL, type ReplyAlert } from '@guanjia/domain/work-orders/promised-reply';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import type { Notifier } from '../../platform/http/notifier.js';
import { translate } from '../../platform/http/i18n.js';
import type { JobHandler } from '../../platform/jobs/job-runner.js';
import { defineSchedule } from '../../platform/jobs/schedule.js';
import { findApprovers } from '../approvals/find-approvers.js';
import { notify, type NotificationRow } from '../notifications/notify.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import { recordWorkOrderEvent } from './record-work-order-event.js';
import type { WorkOrderRow } from './work-order-access.js';
import './reply-messages.js';

export const REMIND_REPLIES = 'workOrders.remindReplies';
const LOCALE = 'zh-CN';
const PAGE = 200;

/** Orders still owing a promised answer whose reply-by date is near or past. */
function owingOrders(db: Db | Tx, today: string) {
  return db
    .selectFrom('work_orders')
    .selectAll()
    .where('replied_at', 'is', null)
    .where('reply_by', '<=', firstReplyAlertDate(today))
    .where('reply_alert_level', '<', MAX_REPLY_ALERT_LEVEL)
    .where('status', 'not in', ['closed', 'cancelled']);
}

async function recipientsOf(trx: Tx, order: WorkOrderRow, alert: ReplyAlert): Promise<string[]> {
  const accountable = order.accountable_staff_id ? [order.accountable_staff_id] : [];
  if (alert.kind === 'dueSoon') return accountable;
  const role = alert.kind === 'overdue' ? 'serviceCenterManager' : 'regionalHead';
  const heads = await findApprovers(trx, order.company_id, role, order.project_id, '');
  return [...new Set([...accountable, ...heads])];
}

/** Fires the level due on one order, once: the guarded UPDATE loses to a concurrent run. */
async function remindOne(trx: Tx, id: string, today: string, at: string): Promise<{ fired: boolean; notifications: NotificationRow[] }> {
  const order = await owingOrders(trx, today).where('id', '=', id).executeTakeFirst();
  const none = { fired: false, notifications: [] };
  if (!order || !order.reply_by) return none;
  const alert = dueReplyAlert(order.reply_by, today, order.reply_alert_level);
  if (!alert) return none;
  const res = await trx
    .updateTable('work_orders')
    .set({ reply_alert_level: alert.level })
    .where('id', '=', id)
    .where('reply_alert_level', '=', order.reply_alert_level)
    .where('replied_at', 'is', null)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) return none;
  const userIds = await recipientsOf(trx, order, alert);
  const data = { level: alert.level, kind: alert.kind, replyBy: order.reply_by, userIds };
  await recordWorkOrderEvent(trx, order, { action: 'replyReminder', actorId: null, data, at });
  await recordAudit(trx, null, order.company_id, {
    action: 'workOrder.replyReminder',
    entityType: 'work_order',
    entityId: id,
    projectId: order.project_id,
    before: { replyAlertLevel: order.reply_alert_level },
    after: { replyAlertLevel: alert.level, ...data },
  });
  if (!userIds.length) return { fired: true, notifications: [] };
  const accountable = order.accountable_staff_id ? await trx.selectFrom('users').select('name').where('id', '=', order.accountable_staff_id).executeTakeFirst() : undefined;
  const params = { number: order.number, title: order.title, requester: order.requester_name, date: order.reply_by, accountable: accountable?.name ?? '—', days: LONG_OVERDUE_DAYS };
  const titleKey = { dueSoon: 'replyDueSoonTitle', overdue: 'replyOverdueTitle', longOverdue: 'replyLongOverdueTitle' }[alert.kind];
  const bodyKey = alert.kind === 'dueSoon' ? 'replyDueSoonBody' : 'replyOverdueBody';
  const notifications = await notify(trx, {
    userIds,
    kind: `workOrder.reply.${alert.kind}`,
    projectId: order.project_id,
    link: `/work-orders/${order.id}`,
    title: translate(LOCALE, `workOrders.notice.${titleKey}`, params),
    body: translate(LOCALE, `workOrders.notice.${bodyKey}`, params),
  });
  return { fired: true, notifications };
}

export interface ReplyReminderRun {
  reminded: number;
  notifications: NotificationRow[];
}

/** One sweep over the orders owing an answer: each climbs to the level its reply-by date calls for today. */
export async function remindReplies(db: Db, now: Date): Promise<ReplyReminderRun> {
  const today = businessDate(now);
  const at = now.toISOString();
  const run: ReplyReminderRun = { reminded: 0, notifications: [] };
  let after = '';
  for (;;) {
    const page = await owingOrders(db, today).where('id', '>', after).orderBy('id').limit(PAGE).execute();
    for (const order of page.filter((o) => o.reply_by && dueReplyAlert(o.reply_by, today, o.reply_alert_level))) {
      const { fired, notifications } = await inTransaction(db, (trx) => remindOne(trx, order.id, today, at));
      if (fired) run.reminded++;
      run.notifications.push(...notifications);
    }
    if (page.length < PAGE) return run;
    after = page[page.length - 1].id;
  }
}

export function remindRepliesJob(deps: { notifier?: Notifier } = {}): JobHandler<unknown> {
  return async (_payload, ctx) => {
    const run = await remindReplies(ctx.db, ctx.now());
    if (deps.notifier) publishNotifications(deps.notifier, run.notifications);
  };
}

/** Every half hour in the working day: a reminder on the morning of the day before reaches the butler in time. */
export const remindRepliesSchedule = defineSchedule({
  name: 'workOrders.remindReplies.halfHourly',
  cron: '*/30 8-20 * * *',
  jobType: REMIND_REPLIES,
  maxAttempts: 1,
});
