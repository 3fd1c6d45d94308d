import { OPEN_WORK_ORDER_STATUSES } from '@guanjia/domain';
import {
  MAX_ESCALATION_LEVEL,
  nextEscalation,
  runningClocks,
  type AddWorkingMinutes,
  type DueEscalation,
  type SlaBasis,
} from '@guanjia/domain/work-orders/escalation';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction, type DbOrTx, type Tx } from '../../platform/db/transaction.js';
import type { Notifier } from '../../platform/http/notifier.js';
import type { JobHandler } from '../../platform/jobs/job-runner.js';
import { defineSchedule } from '../../platform/jobs/schedule.js';
import { getWorkingCalendar } from '../calendar/working-calendar-cache.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import type { NotificationRow } from '../notifications/notify.js';
import { noticeOfEscalation, escalationRecipients } from './escalation-notices.js';
import { DEFAULT_SLA, EMERGENCY_SLA } from './compute-sla-deadlines.js';
import { officeHoursByProject } from './office-hours.js';
import type { WorkOrderRecord } from './present-work-order-rows.js';
import { recordWorkOrderEvent } from './record-work-order-event.js';
import { REMIND_REPLIES, remindRepliesJob, remindRepliesSchedule } from './remind-replies.js';

export const ESCALATE_WORK_ORDERS = 'workOrders.escalate';
const PAGE = 200;

interface SlaRow {
  sla_accept_minutes: number | null;
  sla_complete_minutes: number | null;
  sla_basis: SlaBasis | null;
}
type Candidate = WorkOrderRecord & SlaRow;

/** The SLA each clock was computed from, as computeSlaDeadlines chose it (defaults; emergencies by the clock). */
function slaOf(order: Candidate): { acceptMinutes: number; completeMinutes: number; basis: SlaBasis } {
  let acceptMinutes = order.sla_accept_minutes ?? DEFAULT_SLA.accept;
  let completeMinutes = order.sla_complete_minutes ?? DEFAULT_SLA.complete;
  if (order.emergency !== 1) return { acceptMinutes, completeMinutes, basis: order.sla_basis ?? 'clock' };
  acceptMinutes = Math.min(acceptMinutes, EMERGENCY_SLA.accept);
  completeMinutes = Math.min(completeMinutes, EMERGENCY_SLA.complete);
  return { acceptMinutes, completeMinutes, basis: 'clock' };
}

function nextFor(order: Candidate, firedLevel: number, now: string, addWorking: AddWorkingMinutes): DueEscalation | null {
  const subject = {
    status: order.status,
    acceptedAt: order.accepted_at,
    assignmentAcceptedAt: order.assignment_accepted_at,
    acceptDueAt: order.accept_due_at,
    completeDueAt: order.complete_due_at,
  };
  return nextEscalation(runningClocks(subject, slaOf(order)), firedLevel, now, addWorking);
}

/** Orders with the SLA of their item: open, not at the top of the ladder, and a clock has run out. */
function lateOrders(db: DbOrTx, now: string) {
  return db
    .selectFrom('work_orders as w')
    .leftJoin('service_items as s', 's.id', 'w.service_item_id')
    .selectAll('w')
    .select(['s.sla_accept_minutes', 's.sla_complete_minutes', 's.sla_basis'])
    .where('w.status', 'in', OPEN_WORK_ORDER_STATUSES)
    .where('w.escalation_level', '<', MAX_ESCALATION_LEVEL)
    .where((eb) =>
      eb.or([
        eb.and([eb('w.accept_due_at', '<=', now), eb('w.accepted_at', 'is', null), eb('w.assignment_accepted_at', 'is', null)]),
        eb('w.complete_due_at', '<=', now),
      ]),
    );
}

/**
 * Fires every level now due on one order, each once: the UPDATE only succeeds while the order still
 * sits at the level below, so a second worker racing on the same order fires nothing.
 */
async function escalateOne(trx: Tx, id: string, now: string, addWorking: AddWorkingMinutes): Promise<{ levels: number; notifications: NotificationRow[] }> {
  const order = (await lateOrders(trx, now).where('w.id', '=', id).executeTakeFirst()) as Candidate | undefined;
  const notices: NotificationRow[] = [];
  let levels = 0;
  if (!order) return { levels, notifications: notices };
  for (let level = order.escalation_level; ; ) {
    const next = nextFor(order, level, now, addWorking);
    if (!next) break;
    const res = await trx
      .updateTable('work_orders')
      .set({ escalation_level: next.level })
      .where('id', '=', id)
      .where('escalation_level', '=', next.level - 1)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) break;
    const userIds = await escalationRecipients(trx, order, next.recipient);
    const data = { level: next.level, recipient: next.recipient, clock: next.clock, dueAt: next.dueAt, userIds };
    await recordWorkOrderEvent(trx, order, { action: 'escalate', actorId: null, data, at: now });
    await recordAudit(trx, null, order.company_id, {
      action: 'workOrder.escalate',
      entityType: 'work_order',
      entityId: id,
      projectId: order.project_id,
      before: { escalationLevel: next.level - 1 },
      after: { escalationLevel: next.level, ...data },
    });
    notices.push(...(await noticeOfEscalation(trx, order, next, userIds)));
    level = next.level;
    levels++;
  }
  return { levels, notifications: notices };
}

export interface EscalationRun {
  /** Orders that climbed at least one level. */
  escalated: number;
  notifications: NotificationRow[];
}

/** One sweep: every open order whose clock ran out climbs to the level now due. */
export async function escalateWorkOrders(db: Db, now: Date): Promise<EscalationRun> {
  const at = now.toISOString();
  // Cached per database; working-hour SLAs count their escalation periods in office hours.
  const calendar = await getWorkingCalendar(db);
  const officeHours = await officeHoursByProject(db);
  const addWorkingFor = (projectId: string): AddWorkingMinutes => (from, minutes) => calendar.addWorkingMinutes(from, minutes, officeHours(projectId));
  const run: EscalationRun = { escalated: 0, notifications: [] };
  let after = '';
  for (;;) {
    const page = (await lateOrders(db, at).where('w.id', '>', after).orderBy('w.id').limit(PAGE).execute()) as Candidate[];
    // The page, read outside any transaction, only picks candidates; each is re-read inside its own.
    for (const order of page.filter((o) => nextFor(o, o.escalation_level, at, addWorkingFor(o.project_id)))) {
      const fired = await inTransaction(db, (trx) => escalateOne(trx, order.id, at, addWorkingFor(order.project_id)));
      if (fired.levels > 0) run.escalated++;
      run.notifications.push(...fired.notifications);
    }
    if (page.length < PAGE) return run;
    after = page[page.length - 1].id;
  }
}

/** The job: sweep, then push the notifications to open streams when running inside the web process. */
export function escalateWorkOrdersJob(deps: { notifier?: Notifier } = {}): JobHandler<unknown> {
  return async (_payload, ctx) => {
    const run = await escalateWorkOrders(ctx.db, ctx.now());
    if (deps.notifier) publishNotifications(deps.notifier, run.notifications);
  };
}

/** Every minute: SLA clocks are minutes long. One attempt: the next minute's sweep is the retry. */
export const escalateWorkOrdersSchedule = defineSchedule({
  name: 'workOrders.escalate.everyMinute',
  cron: '* * * * *',
  jobType: ESCALATE_WORK_ORDERS,
  maxAttempts: 1,
});

/** The module's entries in platform/jobs/handlers.ts. */
export function workOrderJobHandlers(deps: { notifier?: Notifier } = {}) {
  return { [ESCALATE_WORK_ORDERS]: escalateWorkOrdersJob(deps), [REMIND_REPLIES]: remindRepliesJob(deps) };
}
export const workOrderJobSchedules = [escalateWorkOrdersSchedule, remindRepliesSchedule];
