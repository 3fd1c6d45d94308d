import type { Stamped } from '../org/tables.js';

/**
 * A project's care rules (个性化关怀规则): which households (condition over the service profile) get
 * which suggested services (actions). Seeded with the seed's four examples; administrators edit them.
 */
export interface CareRuleTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  /** Stable per project: 'elderly', 'holidayHome', 'sporty', 'busy' for the seeded ones. */
  rule_key: string;
  name: string;
  description: string | null;
  /** JSON CareCondition. */
  condition: string;
  /** JSON CareAction[]. */
  actions: string;
  enabled: number;
  origin: 'seed' | 'custom';
  updated_by: string | null;
}

/** One rule action offered to one household; the butler accepts, adjusts or declines it. */
export interface CareSuggestionTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  household_id: string;
  rule_id: string;
  action_key: string;
  status: 'suggested' | 'accepted' | 'adjusted' | 'declined' | 'withdrawn';
  /** JSON CareProposal: the service as offered to this household. */
  proposal: string;
  /** The profile basis (careProfileBasis) when last offered or declined. */
  basis: string;
  decided_by: string | null;
  decided_at: string | null;
  decline_reason: string | null;
  plan_id: string | null;
}

/** A recurring (or one-off) care service of a household, creating its work orders on schedule. */
export interface CarePlanTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  household_id: string;
  suggestion_id: string | null;
  service_item_id: string;
  category_number: number;
  item_number: number;
  title: string;
  /** JSON CareRecurrence. */
  recurrence: string;
  time_of_day: string | null;
  note: string | null;
  start_on: string;
  /** The Shanghai date of the next work order; null once a one-off is done or the plan ended. */
  next_due_on: string | null;
  status: 'active' | 'paused' | 'ended';
  /** The butler who accepted: accountable (首问) for every work order the plan creates. */
  accountable_staff_id: string;
  assignee_department_id: string | null;
  assignee_user_id: string | null;
  created_by: string;
}

/** One due date of a plan, recorded once (unique plan + date) so no rerun creates a second order. */
export interface CarePlanOccurrenceTable {
  id: string;
  company_id: string;
  project_id: string;
  plan_id: string;
  due_on: string;
  status: 'created' | 'skipped';
  work_order_id: string | null;
  /** i18n key of why no order was created (the item disabled, the butler gone). */
  skip_reason: string | null;
  created_at: string;
}

export interface CarePlanTables {
  care_rules: CareRuleTable;
  care_suggestions: CareSuggestionTable;
  care_plans: CarePlanTable;
  care_plan_occurrences: CarePlanOccurrenceTable;
}
