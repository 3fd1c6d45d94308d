import { businessDate, uuidv7, WORK_ORDER_DESK_ROLES, type Role } from '@guanjia/domain';
import { nextDueAfter, recurrenceLabel } from '@guanjia/domain/care-plans/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { AppError } from '../../platform/http/errors.js';
import type { Actor } from '../../platform/http/actor.js';
import { loadActor } from '../auth/session.js';
import type { NotificationRow } from '../notifications/notify.js';
import { createWorkOrder } from '../work-orders/create-work-order.js';
import { dispatchWorkOrder } from '../work-orders/dispatch-work-order.js';
import { invalidAssignees } from './care-assignees.js';
import { parseRecurrence, type CarePlanRow } from './care-records.js';

export interface DueRun {
  created: number;
  skipped: number;
  notifications: NotificationRow[];
}

/** Why an occurrence got no work order; recorded on it and shown beside the plan. */
class SkipOccurrence extends Error {
  constructor(readonly reasonKey: string) {
    super(reasonKey);
  }
}

/** The plan was edited (paused, ended) while its order was being made: nothing is kept, the next run looks again. */
class PlanMovedOn extends Error {}

/**
 * The job: every active plan whose next due date (Shanghai) has come gets that date's work order,
 * recorded by the butler who accepted the plan for the household's owner, and moves to its next date.
 * The occurrence row (unique plan + date) is written first in the same transaction, so a rerun or a
 * second worker can never create a second order for one date.
 */
export async function createDueCareWorkOrders(db: Db, now: Date = new Date()): Promise<DueRun> {
  const today = businessDate(now);
  const run: DueRun = { created: 0, skipped: 0, notifications: [] };
  const due = await db.selectFrom('care_plans').select('id').where('status', '=', 'active').where('next_due_on', '<=', today).orderBy('next_due_on').orderBy('id').limit(1000).execute();
  for (const { id } of due) {
    try {
      const made = await inTransaction(db, (trx) => createOccurrence(trx, id, now, today));
      if (made) {
        run.created++;
        run.notifications.push(...made);
      }
    } catch (err) {
      if (err instanceof PlanMovedOn) continue;
      // This date is recorded already (another worker was first): only make sure the plan has moved past it.
      if (isUniqueViolation(err)) {
        await inTransaction(db, (trx) => moveOnPastRecorded(trx, id, now, today));
        continue;
      }
      const reason = err instanceof SkipOccurrence ? err.reasonKey : err instanceof AppError ? err.messageKey : null;
      if (!reason) throw err;
      if (await inTransaction(db, (trx) => skipOccurrence(trx, id, reason, now, today)).catch((e) => (isUniqueViolation(e) ? false : Promise.reject(e)))) run.skipped++;
    }
  }
  return run;
}

const duePlan = (trx: Tx, id: string, today: string) => trx.selectFrom('care_plans').selectAll().where('id', '=', id).where('status', '=', 'active').where('next_due_on', '<=', today).executeTakeFirst();

async function createOccurrence(trx: Tx, id: string, now: Date, today: string): Promise<NotificationRow[] | null> {
  const plan = await duePlan(trx, id, today);
  if (!plan) return null;
  const dueOn = plan.next_due_on!;
  const occurrenceId = uuidv7();
  const at = now.toISOString();
  await trx.insertInto('care_plan_occurrences').values({ id: occurrenceId, company_id: plan.company_id, project_id: plan.project_id, plan_id: plan.id, due_on: dueOn, status: 'created', work_order_id: null, skip_reason: null, created_at: at }).execute();
  const actor = await accountableActor(trx, plan);
  const notices: NotificationRow[] = [];
  const timing = `${recurrenceLabel(parseRecurrence(plan))}${plan.time_of_day ? ` ${plan.time_of_day}` : ''}`;
  let order = await createWorkOrder(
    trx,
    actor,
    {
      projectId: plan.project_id,
      kind: 'request',
      channel: 'web',
      serviceItemId: plan.service_item_id,
      title: plan.title,
      description: `个性化关怀计划（${timing}）：${dueOn}${plan.time_of_day ? ` ${plan.time_of_day}` : ''}${plan.note ? `\n${plan.note}` : ''}`,
      householdId: plan.household_id,
    },
    now,
    notices,
  );
  const assignees = { departmentId: plan.assignee_department_id, userId: plan.assignee_user_id };
  if ((assignees.departmentId || assignees.userId) && (await invalidAssignees(trx, plan.company_id, plan.project_id, assignees)).length === 0) {
    const dispatched = await dispatchWorkOrder(trx, actor, order.id, { mode: 'assign', ...assignees }, now);
    order = dispatched.order;
    notices.push(...dispatched.notifications);
  }
  await trx.updateTable('care_plan_occurrences').set({ work_order_id: order.id }).where('id', '=', occurrenceId).execute();
  await advance(trx, plan, dueOn, today, at);
  await recordAudit(trx, null, plan.company_id, { action: 'carePlan.createWorkOrder', entityType: 'carePlan', entityId: plan.id, projectId: plan.project_id, after: { dueOn, workOrderId: order.id, number: order.number } });
  return notices;
}

async function skipOccurrence(trx: Tx, id: string, reason: string, now: Date, today: string): Promise<boolean> {
  const plan = await duePlan(trx, id, today);
  if (!plan) return false;
  const dueOn = plan.next_due_on!;
  const at = now.toISOString();
  await trx.insertInto('care_plan_occurrences').values({ id: uuidv7(), company_id: plan.company_id, project_id: plan.project_id, plan_id: plan.id, due_on: dueOn, status: 'skipped', work_order_id: null, skip_reason: reason, created_at: at }).execute();
  await advance(trx, plan, dueOn, today, at);
  await recordAudit(trx, null, plan.company_id, { action: 'carePlan.skipOccurrence', entityType: 'carePlan', entityId: plan.id, projectId: plan.project_id, after: { dueOn, reason } });
  return true;
}

async function moveOnPastRecorded(trx: Tx, id: string, now: Date, today: string): Promise<void> {
  const plan = await duePlan(trx, id, today);
  if (!plan) return;
  const recorded = await trx.selectFrom('care_plan_occurrences').select('id').where('plan_id', '=', plan.id).where('due_on', '=', plan.next_due_on!).executeTakeFirst();
  if (recorded) await advance(trx, plan, plan.next_due_on!, today, now.toISOString()).catch((e) => (e instanceof PlanMovedOn ? undefined : Promise.reject(e)));
}

/** The next due date; a one-off is done (ended) after its date. */
async function advance(trx: Tx, plan: CarePlanRow, dueOn: string, today: string, at: string): Promise<void> {
  const next = nextDueAfter(parseRecurrence(plan), plan.start_on, dueOn, today);
  const moved = await trx
    .updateTable('care_plans')
    .set({ next_due_on: next, status: next === null ? 'ended' : plan.status, updated_at: at, version: plan.version + 1 })
    .where('id', '=', plan.id)
    .where('version', '=', plan.version)
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1) throw new PlanMovedOn();
}

/** The butler accountable for the plan, as the actor recording its orders; skipped when they left or lost the project. */
async function accountableActor(trx: Tx, plan: CarePlanRow): Promise<Actor> {
  const user = await trx
    .selectFrom('users')
    .select(['id', 'username', 'name', 'company_id', 'kind', 'roles', 'owner_id', 'vendor_id', 'department_id', 'active'])
    .where('id', '=', plan.accountable_staff_id)
    .executeTakeFirst();
  if (!user || user.active !== 1 || user.kind !== 'staff') throw new SkipOccurrence('carePlans.skip.staffUnavailable');
  const actor = await loadActor(trx, user);
  if (!actor.projectIds.includes(plan.project_id) || !actor.roles.some((r: Role) => WORK_ORDER_DESK_ROLES.includes(r))) throw new SkipOccurrence('carePlans.skip.staffUnavailable');
  return actor;
}
