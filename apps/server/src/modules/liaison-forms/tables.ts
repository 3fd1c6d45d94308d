import type { LiaisonFormStatus, LiaisonReminderKind } from '@guanjia/domain/sales-site/liaison-form-flow';
import type { Stamped } from '../org/tables.js';

/** 工作联系单: from the property company's service center to a department of the developer. */
export interface LiaisonFormTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  /** LX-YYYYMMDD-0001 from platform/sequences. */
  number: string;
  subject: string;
  content: string;
  /** JSON array of file ids. */
  attachment_ids: string;
  from_service_center_id: string | null;
  /** A department of the project's developer (departments.developer_id set), e.g. 营销部. */
  to_department_id: string;
  /** Shanghai date by which the form is to be answered and taken back. */
  due_date: string;
  status: LiaisonFormStatus;
  created_by: string;
  issued_by: string | null;
  issued_at: string | null;
  acknowledged_by: string | null;
  acknowledged_at: string | null;
  reply_text: string | null;
  replied_by: string | null;
  replied_at: string | null;
  returned_by: string | null;
  returned_at: string | null;
  cancelled_by: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
}

/** The history: one row per change, written in the same transaction as the change. */
export interface LiaisonFormEventTable {
  id: string;
  company_id: string;
  project_id: string;
  form_id: string;
  action: string;
  from_status: string | null;
  to_status: string | null;
  actor_id: string;
  note: string | null;
  created_at: string;
}

/** One reminder per form and day: the unique (form, date) makes the daily job safe to repeat. */
export interface LiaisonFormReminderTable {
  id: string;
  company_id: string;
  project_id: string;
  form_id: string;
  reminder_date: string;
  kind: LiaisonReminderKind;
  /** JSON array of the user ids told. */
  recipients: string;
  created_at: string;
}

export interface LiaisonFormTables {
  liaison_forms: LiaisonFormTable;
  liaison_form_events: LiaisonFormEventTable;
  liaison_form_reminders: LiaisonFormReminderTable;
}
