import type { EventPlanKind, EventPlanStatus } from '@guanjia/domain/event-plans/event-plan-flow';
import type { Stamped } from '../org/tables.js';

/** 活动方案: a promotional event of the project, or the decoration of the sales site over a major holiday. */
export interface EventPlanTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  sales_center_id: string | null;
  kind: EventPlanKind;
  title: string;
  /** Shanghai date of the event; every task's due date is counted back from it. */
  event_date: string;
  /** 重大活动: submission needs the four parts of 4.3.2. */
  major: number;
  /** JSON [{ name, role }]: 活动领导小组. */
  lead_group: string;
  /** JSON [{ owner, duty }]: 分工. */
  assignments: string;
  order_plan: string;
  emergency_plan: string;
  status: EventPlanStatus;
  /** The latest approval request opened for the plan. */
  approval_request_id: string | null;
  submitted_by: string | null;
  submitted_at: string | null;
  decided_at: string | null;
  held_by: string | null;
  held_at: string | null;
  review_went_well: string | null;
  review_problems: string | null;
  /** JSON array of file ids. */
  review_photo_ids: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
  rehearsal_confirmed_by: string | null;
  rehearsal_confirmed_at: string | null;
  cancelled_by: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
  /** The event lead: the person who drafted the plan; overdue tasks alert them too. */
  created_by: string;
}

/** One preparation task of the backward schedule (倒排计划). */
export interface EventPlanTaskTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  plan_id: string;
  /** Stable within the plan, e.g. 'leadGroup'. */
  task_key: string;
  title: string;
  days_before: number;
  office_only: number;
  rehearsal: number;
  due_date: string;
  /** The calendar date before an office-only task was moved off a day off. */
  moved_from: string | null;
  /** Where the seed asks for it. */
  source: string | null;
  owner_id: string | null;
  done_at: string | null;
  done_by: string | null;
  /** The last Shanghai date its overdue reminder went out: at most one per task and day. */
  reminded_on: string | null;
}

/** The history: one row per change, written in the same transaction as the change. */
export interface EventPlanEventTable {
  id: string;
  company_id: string;
  project_id: string;
  plan_id: string;
  action: string;
  from_status: string | null;
  to_status: string | null;
  /** Null for the system (an approval decided, the reminder job). */
  actor_id: string | null;
  note: string | null;
  created_at: string;
}

export interface EventPlanTables {
  event_plans: EventPlanTable;
  event_plan_tasks: EventPlanTaskTable;
  event_plan_events: EventPlanEventTable;
}
