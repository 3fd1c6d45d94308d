import { businessDate } from '@guanjia/domain';
import { overdueTasks } from '@guanjia/domain/event-plans/backward-schedule';
import { PREPARING_EVENT_PLAN_STATUSES } from '@guanjia/domain/event-plans/event-plan-flow';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import { translate } from '../../platform/http/i18n.js';
import type { NotificationRow } from '../notifications/notify.js';
import { noticeEventPlan } from './event-plan-notices.js';
import { namesFor } from './present-event-plan.js';

const PAGE = 200;

export interface OverdueReminderRun {
  /** Tasks reminded in this run (a task already reminded today is skipped). */
  reminded: number;
  notifications: NotificationRow[];
}

/**
 * The daily reminder: every task of a plan still being prepared that is not done and was due before
 * today alerts its owner and the event lead (the plan's author). Each task's reminder day is set by a
 * guarded update first, in the task's own transaction: a repeated or concurrent run tells nobody twice.
 */
export async function remindOverdueTasks(db: Db, now: Date): Promise<OverdueReminderRun> {
  const today = businessDate(now);
  const run: OverdueReminderRun = { reminded: 0, notifications: [] };
  let after = '';
  for (;;) {
    const page = await db
      .selectFrom('event_plan_tasks')
      .innerJoin('event_plans', 'event_plans.id', 'event_plan_tasks.plan_id')
      .select(['event_plan_tasks.id', 'event_plan_tasks.due_date', 'event_plan_tasks.done_at', 'event_plan_tasks.reminded_on'])
      .where('event_plans.status', 'in', PREPARING_EVENT_PLAN_STATUSES)
      .where('event_plan_tasks.done_at', 'is', null)
      .where('event_plan_tasks.due_date', '<', today)
      .where('event_plan_tasks.id', '>', after)
      .orderBy('event_plan_tasks.id')
      .limit(PAGE)
      .execute();
    const due = overdueTasks(
      page.filter((t) => t.reminded_on !== today).map((t) => ({ id: t.id, dueDate: t.due_date, done: t.done_at !== null })),
      today,
    );
    for (const task of due) {
      const notices = await inTransaction(db, (trx) => remindOne(trx, task.id, today, now));
      if (notices) {
        run.reminded++;
        run.notifications.push(...notices);
      }
    }
    if (page.length < PAGE) return run;
    after = page[page.length - 1]!.id;
  }
}

/** Claims today's reminder of one task; null when it is done, no longer overdue, or was reminded today already. */
async function remindOne(trx: Tx, taskId: string, today: string, now: Date): Promise<NotificationRow[] | null> {
  const claimed = await trx
    .updateTable('event_plan_tasks')
    .set({ reminded_on: today })
    .where('id', '=', taskId)
    .where('done_at', 'is', null)
    .where('due_date', '<', today)
    .where((eb) => eb.or([eb('reminded_on', 'is', null), eb('reminded_on', '<>', today)]))
    .returningAll()
    .executeTakeFirst();
  if (!claimed) return null;
  const plan = await trx.selectFrom('event_plans').selectAll().where('id', '=', claimed.plan_id).executeTakeFirstOrThrow();
  if (!PREPARING_EVENT_PLAN_STATUSES.includes(plan.status)) return null;
  const names = await namesFor(trx, [claimed.owner_id]);
  const owner = names.user(claimed.owner_id)?.name ?? translate('zh-CN', 'eventPlan.notice.unassigned');
  await recordAudit(trx, null, plan.company_id, {
    action: 'eventPlan.remindOverdue',
    entityType: 'eventPlanTask',
    entityId: claimed.id,
    projectId: plan.project_id,
    after: { remindedOn: today, at: now.toISOString(), ownerId: claimed.owner_id, eventLeadId: plan.created_by },
  });
  return noticeEventPlan(trx, plan, {
    userIds: [claimed.owner_id, plan.created_by],
    kind: 'taskOverdue',
    titleKey: 'eventPlan.notice.overdueTitle',
    bodyKey: 'eventPlan.notice.overdueBody',
    params: { task: claimed.title, dueDate: claimed.due_date, owner },
  });
}
