import type { CheckResult, DailyCheckStatus } from '@guanjia/domain/sales-site/daily-check';
import type { Stamped } from '../org/tables.js';

/** A project's opening checklist (每日开场检查), edited as one list; absent until first saved (the seed's defaults apply). */
export interface DailyCheckTemplateTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  /** JSON array of DailyCheckTemplateItem ({ key, text, departmentId }), in checklist order. */
  items: string;
  updated_by: string;
}

/** One sales center's check of one business day (Asia/Shanghai); a unique index makes it one per day. */
export interface DailyCheckTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  sales_center_id: string;
  business_date: string;
  status: DailyCheckStatus;
  started_by: string;
  started_at: string;
  completed_by: string | null;
  completed_at: string | null;
}

/** A line of a check, copied from the template when the check starts. */
export interface DailyCheckItemTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  check_id: string;
  position: number;
  item_key: string;
  text: string;
  /** The post or department a failure is dispatched to; null: the butler follows it up. */
  department_id: string | null;
  result: CheckResult | null;
  note: string | null;
  /** JSON array of file ids. */
  photo_ids: string;
  /** The work order raised when the item first failed. */
  work_order_id: string | null;
  answered_by: string | null;
  answered_at: string | null;
}

/** The history of a check: its start, each answer (with the work order raised) and its completion. */
export interface DailyCheckEventTable {
  id: string;
  company_id: string;
  project_id: string;
  check_id: string;
  item_id: string | null;
  action: 'start' | 'answer' | 'complete';
  from_status: string | null;
  to_status: string | null;
  actor_id: string;
  /** JSON details: the result, note, work order. */
  data: string | null;
  created_at: string;
}

export interface DailyCheckTables {
  daily_check_templates: DailyCheckTemplateTable;
  daily_checks: DailyCheckTable;
  daily_check_items: DailyCheckItemTable;
  daily_check_events: DailyCheckEventTable;
}
