import type { ChecklistItemStatus, ChecklistKind } from '@guanjia/domain/sales-preparation/preparation-checklists';
import type { ServicePlanStatus } from '@guanjia/domain/sales-preparation/service-plan-flow';
import type { Stamped } from '../org/tables.js';

/** 前期协议签订: what was learned from the developer and the property service entrustment contract, one per project. */
export interface PreAgreementTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  /** 开发商的项目定位. */
  project_positioning: string;
  /** 开发商对物业销售配合的定位和目的. */
  sales_support_positioning: string;
  /** 物业服务委托合同. */
  contract_number: string | null;
  contract_signed_on: string | null;
  term_start: string | null;
  term_end: string | null;
  service_content: string;
  service_requirements: string;
  /** JSON array of short lines. */
  key_terms: string;
  /** JSON array of file ids: the signed contract and its annexes. */
  file_ids: string;
  created_by: string;
  updated_by: string;
}

/** One version of a project's 服务方案. */
export interface ServicePlanTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  /** 1, 2, … per project. */
  plan_version: number;
  status: ServicePlanStatus;
  service_model: string;
  target_group: string;
  /** JSON [{ post, headcount }]. */
  staffing: string;
  /** JSON array of reference-service keys and free-text services. */
  site_services: string;
  materials: string;
  rules: string;
  training_plan: string;
  approval_request_id: string | null;
  submitted_by: string | null;
  submitted_at: string | null;
  decided_at: string | null;
  superseded_at: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
  /** The drafter: told when the plan is approved or rejected. */
  created_by: string;
}

/** One item of a project's preparation checklists: a pre-work point, a post, or a material. */
export interface PreparationChecklistItemTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  checklist: ChecklistKind;
  /** The template key, or a generated key for items the project added. */
  item_key: string;
  /** The material category (materials only). */
  category_key: string | null;
  title: string;
  sort_order: number;
  /** Posts only: planned headcount, and JSON array of the named staff filling it. */
  planned_headcount: number | null;
  staff_names: string;
  /** Materials only. */
  quantity: number | null;
  assignee_id: string | null;
  due_date: string | null;
  status: ChecklistItemStatus;
  not_applicable_reason: string | null;
  done_at: string | null;
  done_by: string | null;
  /** The last Shanghai date its overdue alert went out: at most one per item and day. */
  reminded_on: string | null;
}

export interface SalesPreparationEventTable {
  id: string;
  company_id: string;
  project_id: string;
  action: string;
  from_value: string | null;
  to_value: string | null;
  /** Null for the system (an approval decided, the reminder job). */
  actor_id: string | null;
  note: string | null;
  created_at: string;
}

export interface SalesPreparationTables {
  pre_agreements: PreAgreementTable;
  pre_agreement_events: SalesPreparationEventTable & { agreement_id: string };
  service_plans: ServicePlanTable;
  service_plan_events: SalesPreparationEventTable & { plan_id: string };
  preparation_checklist_items: PreparationChecklistItemTable;
  preparation_checklist_events: SalesPreparationEventTable & { item_id: string };
}
