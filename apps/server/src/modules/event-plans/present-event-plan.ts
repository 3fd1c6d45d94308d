import { businessDate } from '@guanjia/domain';
import { overdueTasks, rehearsalDate } from '@guanjia/domain/event-plans/backward-schedule';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { parseJson, type EventPlanRow, type EventPlanTaskRow } from './event-plan-access.js';
import type { EventPlanTaskView, EventPlanView } from './schemas.js';

export type Named = { id: string; name: string } | null;
export type NameOf = (id: string | null) => Named;

/** Names of users and sales centers referred to by the rows, looked up in two queries. */
export async function namesFor(db: DbOrTx, userIds: readonly (string | null)[], salesCenterIds: readonly (string | null)[] = []): Promise<{ user: NameOf; salesCenter: NameOf }> {
  const lookup = async (table: 'users' | 'sales_centers', ids: readonly (string | null)[]) => {
    const unique = [...new Set(ids.filter((x): x is string => !!x))];
    const rows = unique.length ? await db.selectFrom(table).select(['id', 'name']).where('id', 'in', unique).execute() : [];
    const map = new Map(rows.map((r) => [r.id, r]));
    return (id: string | null): Named => (id && map.get(id) ? { id, name: map.get(id)!.name } : null);
  };
  return { user: await lookup('users', userIds), salesCenter: await lookup('sales_centers', salesCenterIds) };
}

export interface TaskCounts {
  taskCount: number;
  doneCount: number;
  overdueCount: number;
}

/** Per plan: how many tasks, how many done, how many overdue today. */
export async function taskCountsFor(db: DbOrTx, planIds: readonly string[], today: string = businessDate(new Date())): Promise<Map<string, TaskCounts>> {
  const rows = planIds.length
    ? await db.selectFrom('event_plan_tasks').select(['plan_id', 'due_date', 'done_at']).where('plan_id', 'in', [...planIds]).execute()
    : [];
  const byPlan = new Map<string, { dueDate: string; done: boolean }[]>();
  for (const r of rows) byPlan.set(r.plan_id, [...(byPlan.get(r.plan_id) ?? []), { dueDate: r.due_date, done: r.done_at !== null }]);
  const counts = new Map<string, TaskCounts>();
  for (const [planId, tasks] of byPlan) {
    counts.set(planId, { taskCount: tasks.length, doneCount: tasks.filter((t) => t.done).length, overdueCount: overdueTasks(tasks, today).length });
  }
  return counts;
}

export function presentEventPlan(p: EventPlanRow, names: { user: NameOf; salesCenter: NameOf }, counts: TaskCounts | undefined, preparing: boolean): EventPlanView {
  return {
    id: p.id,
    projectId: p.project_id,
    salesCenter: names.salesCenter(p.sales_center_id),
    kind: p.kind,
    title: p.title,
    eventDate: p.event_date,
    rehearsalDate: rehearsalDate(p.event_date),
    major: p.major === 1,
    eventLeadGroup: parseJson(p.lead_group, []),
    assignments: parseJson(p.assignments, []),
    orderPlan: p.order_plan,
    emergencyPlan: p.emergency_plan,
    status: p.status,
    approvalRequestId: p.approval_request_id,
    submittedAt: p.submitted_at,
    decidedAt: p.decided_at,
    heldAt: p.held_at,
    review: p.reviewed_at
      ? {
          wentWell: p.review_went_well ?? '',
          problems: p.review_problems ?? '',
          photoIds: parseJson(p.review_photo_ids, []),
          reviewedBy: names.user(p.reviewed_by),
          reviewedAt: p.reviewed_at,
        }
      : null,
    rehearsalConfirmedBy: names.user(p.rehearsal_confirmed_by),
    rehearsalConfirmedAt: p.rehearsal_confirmed_at,
    cancelReason: p.cancel_reason,
    createdBy: names.user(p.created_by),
    taskCount: counts?.taskCount ?? 0,
    doneCount: counts?.doneCount ?? 0,
    // Overdue means something only while the event is being prepared.
    overdueCount: preparing ? (counts?.overdueCount ?? 0) : 0,
    createdAt: p.created_at,
    updatedAt: p.updated_at,
    version: p.version,
  };
}

/** `overdue`: the task is among the plan's overdue tasks (overdueTasks) while the event is being prepared. */
export function presentEventPlanTask(t: EventPlanTaskRow, user: NameOf, overdue: boolean): EventPlanTaskView {
  return {
    id: t.id,
    key: t.task_key,
    title: t.title,
    daysBefore: t.days_before,
    officeOnly: t.office_only === 1,
    rehearsal: t.rehearsal === 1,
    dueDate: t.due_date,
    movedFrom: t.moved_from,
    source: t.source,
    owner: user(t.owner_id),
    done: t.done_at !== null,
    doneAt: t.done_at,
    doneBy: user(t.done_by),
    overdue,
    version: t.version,
  };
}
