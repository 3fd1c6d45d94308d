import { ForbiddenTransitionError } from '@guanjia/domain';
import { eventPlanNextState, type EventPlanAction, type EventPlanStatus } from '@guanjia/domain/event-plans/event-plan-flow';
import type { ScheduledTask } from '@guanjia/domain/event-plans/backward-schedule';
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { AppError, BusinessRuleError, NotFoundError } from '../../platform/http/errors.js';
import type { EventPlanTable, EventPlanTaskTable } from './tables.js';

export type EventPlanRow = Selectable<EventPlanTable>;
export type EventPlanTaskRow = Selectable<EventPlanTaskTable>;

/** A plan of a project the actor works in, or 404. */
export async function loadVisiblePlan(db: DbOrTx, actor: Actor, id: string): Promise<EventPlanRow> {
  const plan = await db.selectFrom('event_plans').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!plan) throw new NotFoundError('entity.eventPlan');
  assertProjectVisible(actor, plan.project_id, 'entity.eventPlan');
  return plan;
}

/** A task of the plan, or 404. */
export async function loadPlanTask(db: DbOrTx, plan: EventPlanRow, taskId: string): Promise<EventPlanTaskRow> {
  const task = await db.selectFrom('event_plan_tasks').selectAll().where('id', '=', taskId).where('plan_id', '=', plan.id).executeTakeFirst();
  if (!task) throw new NotFoundError('entity.eventPlanTask');
  return task;
}

/** The plan's tasks, earliest due first (then by key so the order is stable). */
export function loadPlanTasks(db: DbOrTx, planId: string): Promise<EventPlanTaskRow[]> {
  return db.selectFrom('event_plan_tasks').selectAll().where('plan_id', '=', planId).orderBy('due_date').orderBy('days_before', 'desc').orderBy('task_key').execute();
}

/** The row as the domain's scheduled task. */
export function toScheduledTask(t: EventPlanTaskRow): ScheduledTask & { id: string } {
  return {
    id: t.id,
    key: t.task_key,
    title: t.title,
    daysBefore: t.days_before,
    officeOnly: t.office_only === 1,
    rehearsal: t.rehearsal === 1,
    dueDate: t.due_date,
    movedFrom: t.moved_from,
    ownerId: t.owner_id,
    done: t.done_at !== null,
    ...(t.source ? { source: t.source } : {}),
  };
}

/** The state machine, enforced here only: a forbidden step is 409 naming the state and the action. */
export function assertPlanTransition(status: EventPlanStatus, action: EventPlanAction): EventPlanStatus {
  try {
    return eventPlanNextState(status, action);
  } catch (err) {
    if (err instanceof ForbiddenTransitionError) {
      throw new AppError(409, 'FORBIDDEN_TRANSITION', 'eventPlan.error.forbiddenTransition', { status: `eventPlan.status.${status}`, action: `eventPlan.action.${action}` }, undefined, {
        entity: 'eventPlan',
        from: status,
        action,
      });
    }
    throw err;
  }
}

/** 422 unless the plan's status is one of `statuses`. */
export function assertStatusIn(plan: EventPlanRow, statuses: readonly EventPlanStatus[], code: string, messageKey: string): void {
  if (!statuses.includes(plan.status)) throw new BusinessRuleError(code, messageKey, { status: `eventPlan.status.${plan.status}` }, { status: plan.status });
}

export const parseJson = <T>(text: string | null, fallback: T): T => (text ? (JSON.parse(text) as T) : fallback);
