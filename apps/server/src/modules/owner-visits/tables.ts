import type { OwnerVisitKind } from '@guanjia/domain/owner-visits/index';
import type { Stamped } from '../org/tables.js';

/**
 * Which butler looks after a household, as a manager assigned it. A household without a row falls
 * back, at read time, to the butler of its latest deal that names one (see household-butler.ts).
 */
export interface HouseholdButlerTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  household_id: string;
  butler_id: string;
  assigned_by: string;
}

/** A project's visit cadence; no row means once a quarter. */
export interface OwnerVisitSettingTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  /** Null: once in every calendar quarter; otherwise at most this many days between visits. */
  cadence_days: number | null;
  updated_by: string;
}

/** 定期回访: one call or visit to a household, independent of any work order. */
export interface OwnerVisitTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  household_id: string;
  /** The household's butler when the visit was recorded (null when it had none). */
  butler_id: string | null;
  /** Who made the call or visit (the butler, or a manager standing in). */
  visited_by: string;
  kind: OwnerVisitKind;
  visited_at: string;
  /** The Shanghai date of visited_at, what quarters and due dates count. */
  visited_on: string;
  contact_name: string;
  summary: string;
  satisfaction: number | null;
  /** JSON string[]: the needs the household raised. */
  needs: string;
  /** 1 when the needs were appended to the service profile's butler layer in the same transaction. */
  needs_in_profile: number;
  /** The follow-up work order raised for a need, if any. */
  work_order_id: string | null;
}

/** The date a butler plans to visit a household next; cleared by the visit. */
export interface OwnerVisitPlanTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  household_id: string;
  planned_on: string;
  planned_by: string;
}

/** One overdue reminder per project, butler and Shanghai day, so a repeated job tells nobody twice. */
export interface OwnerVisitReminderTable {
  id: string;
  company_id: string;
  project_id: string;
  butler_id: string;
  reminder_date: string;
  /** JSON string[] of the household ids listed. */
  household_ids: string;
  created_at: string;
}

export interface OwnerVisitTables {
  household_butlers: HouseholdButlerTable;
  owner_visit_settings: OwnerVisitSettingTable;
  owner_visits: OwnerVisitTable;
  owner_visit_plans: OwnerVisitPlanTable;
  owner_visit_reminders: OwnerVisitReminderTable;
}
