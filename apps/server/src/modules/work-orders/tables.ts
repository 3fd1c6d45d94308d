import type { DispatchMode, WorkOrderChannel, WorkOrderKind, WorkOrderStatus } from '@guanjia/domain';
import type { Stamped } from '../org/tables.js';

/** 工单: one row per booking, repair, request, complaint, inquiry or suggestion. */
export interface WorkOrderTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  /** GD-YYYYMMDD-0001 from platform/sequences. */
  number: string;
  kind: WorkOrderKind;
  status: WorkOrderStatus;
  channel: WorkOrderChannel;
  service_item_id: string | null;
  /** Copied from the item so lists filter without a join. */
  category_number: number | null;
  title: string;
  description: string | null;
  emergency: number;
  household_id: string | null;
  unit_id: string | null;
  building_id: string | null;
  /** The owner account that asked, when the requester has one. */
  requester_user_id: string | null;
  requester_name: string;
  requester_phone: string | null;
  /**
   * 首问责任人: the staff member who first received the request; changed only by a manager. Null for
   * an owner's H5 request until the first desk member accepts or dispatches it.
   */
  accountable_staff_id: string | null;
  created_by: string;
  /** Appointment: Shanghai date and HH:MM window. */
  service_date: string | null;
  service_start: string | null;
  service_end: string | null;
  /** Set when a manager booked inside the lead time (urgent override); audited. */
  lead_override_reason: string | null;
  dispatch_mode: DispatchMode | null;
  assignee_department_id: string | null;
  assignee_user_id: string | null;
  assignee_vendor_id: string | null;
  assignment_accepted_at: string | null;
  accepted_at: string | null;
  started_at: string | null;
  completed_at: string | null;
  closed_at: string | null;
  cancelled_at: string | null;
  /** SLA deadlines (UTC instants) computed from the item's SLA. */
  accept_due_at: string | null;
  complete_due_at: string | null;
  /** Highest escalation level fired (0 none, 1 assignee, 2 accountable, 3 manager, 4 regional head). */
  escalation_level: number;
  reopen_count: number;
  urge_count: number;
  return_visit_required: number;
  /** 1–5 from the latest return visit. */
  satisfaction: number | null;
  /** JSON array of file ids. */
  photo_ids: string;
  /** What the assignee reported on completion, and their photos (JSON array of file ids). */
  completion_note: string | null;
  completion_photo_ids: string;
  /** The sales center (案场) where a visitor raised it, when it was raised there. */
  sales_center_id: string | null;
  /** Where it happened, as told (e.g. 样板房 3 号楼 2 单元). */
  location: string | null;
  /** The Asia/Shanghai date by which the requester was promised an answer (约定回复日期). */
  reply_by: string | null;
  replied_at: string | null;
  reply_note: string | null;
  /** 0 none, 1 reminded before the date, 2 overdue: manager told, 3 long overdue: regional heads told. */
  reply_alert_level: number;
}

/** The history: one row per change or event, written in the same transaction as the change. */
export interface WorkOrderEventTable {
  id: string;
  company_id: string;
  project_id: string;
  work_order_id: string;
  action: string;
  from_status: string | null;
  to_status: string | null;
  actor_id: string | null;
  reason: string | null;
  /** JSON details (assignee, escalation level, rating …). */
  data: string | null;
  created_at: string;
}

/** 回访: created when a completed order needs one; done when the requester rates or the butler records the call. */
export interface ReturnVisitTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  work_order_id: string;
  status: 'pending' | 'done';
  due_at: string;
  method: 'h5' | 'phone' | null;
  rating: number | null;
  comment: string | null;
  /** 'accepted' closes the order; 'rejected' reopens it. */
  outcome: 'accepted' | 'rejected' | null;
  recorded_by: string | null;
  done_at: string | null;
}

export interface WorkOrderTables {
  work_orders: WorkOrderTable;
  work_order_events: WorkOrderEventTable;
  return_visits: ReturnVisitTable;
}
