import { businessDate } from '@guanjia/domain';
import { overdueTasks } from '@guanjia/domain/event-plans/backward-schedule';
import {
  canConfirmRehearsal,
  canDraftEventPlan,
  EDITABLE_EVENT_PLAN_STATUSES,
  eventPlanActionsFor,
  PREPARING_EVENT_PLAN_STATUSES,
  RESCHEDULABLE_EVENT_PLAN_STATUSES,
  submissionRefusal,
} from '@guanjia/domain/event-plans/event-plan-flow';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { loadPlanTasks, loadVisiblePlan, parseJson, toScheduledTask, type EventPlanRow } from './event-plan-access.js';
import { namesFor, presentEventPlan, presentEventPlanTask, taskCountsFor } from './present-event-plan.js';
import type { EventPlanDetailView } from './schemas.js';

/** The plan with its tasks, history, the caller's buttons and what submission still lacks. */
export async function getEventPlan(db: DbOrTx, actor: Actor, id: string, now: Date = new Date()): Promise<EventPlanDetailView> {
  return presentEventPlanDetail(db, actor, await loadVisiblePlan(db, actor, id), now);
}

export async function presentEventPlanDetail(db: DbOrTx, actor: Actor, plan: EventPlanRow, now: Date = new Date()): Promise<EventPlanDetailView> {
  const today = businessDate(now);
  const [tasks, history] = await Promise.all([
    loadPlanTasks(db, plan.id),
    db.selectFrom('event_plan_events').selectAll().where('plan_id', '=', plan.id).orderBy('created_at').orderBy('id').execute(),
  ]);
  const names = await namesFor(
    db,
    [plan.created_by, plan.reviewed_by, plan.rehearsal_confirmed_by, ...tasks.flatMap((t) => [t.owner_id, t.done_by]), ...history.map((h) => h.actor_id)],
    [plan.sales_center_id],
  );
  const preparing = PREPARING_EVENT_PLAN_STATUSES.includes(plan.status);
  const overdue = new Set(preparing ? overdueTasks(tasks.map(toScheduledTask), today).map((t) => t.id) : []);
  const drafter = canDraftEventPlan(actor.roles);
  return {
    ...presentEventPlan(plan, names, (await taskCountsFor(db, [plan.id], today)).get(plan.id), preparing),
    tasks: tasks.map((t) => presentEventPlanTask(t, names.user, overdue.has(t.id))),
    history: history.map((h) => ({ action: h.action, fromStatus: h.from_status, toStatus: h.to_status, actor: names.user(h.actor_id), note: h.note, at: h.created_at })),
    allowedActions: eventPlanActionsFor(plan.status, actor.roles),
    missingParts: submissionRefusal({
      major: plan.major === 1,
      eventLeadGroup: parseJson(plan.lead_group, []),
      assignments: parseJson(plan.assignments, []),
      backwardSchedule: tasks,
      orderPlan: plan.order_plan,
      emergencyPlan: plan.emergency_plan,
    }),
    canEdit: drafter && EDITABLE_EVENT_PLAN_STATUSES.includes(plan.status),
    canReschedule: drafter && RESCHEDULABLE_EVENT_PLAN_STATUSES.includes(plan.status),
    canWorkTasks: drafter && preparing,
    canConfirmRehearsal: canConfirmRehearsal(actor.roles) && plan.status === 'approved' && !plan.rehearsal_confirmed_at,
  };
}
