import type { EquipmentStatus } from '@guanjia/domain/opening-readiness/equipment-flow';
import type { OpeningMilestoneKey } from '@guanjia/domain/opening-readiness/milestones';
import type { Stamped } from '../org/tables.js';

/** A project's opening dates (首次开盘, 会所开放, 样板房展示开放); one row per project. */
export interface OpeningDatesTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  /** YYYY-MM-DD, Asia/Shanghai; null while not set. */
  first_launch_date: string | null;
  clubhouse_opening_date: string | null;
  show_flat_opening_date: string | null;
  updated_by: string;
}

/** Each change of a project's dates, with what it did to the milestones. */
export interface OpeningDateEventTable {
  id: string;
  company_id: string;
  project_id: string;
  dates_id: string;
  /** JSON: the three dates before (null on the first setting) and after. */
  before: string | null;
  after: string;
  /** JSON: keys of the milestones added, moved and removed. */
  milestone_changes: string;
  reason: string | null;
  actor_id: string;
  created_at: string;
}

/** 'none' until the daily job alerts; it only climbs (amber, then red), so each level is told once. */
export type MilestoneAlertLevel = 'none' | 'amber' | 'red';

/** One milestone of the seed, tracked per project; unique per (project, key). */
export interface OpeningMilestoneTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  key: OpeningMilestoneKey;
  due_date: string;
  owner_id: string | null;
  done_at: string | null;
  done_by: string | null;
  note: string | null;
  alert_level: MilestoneAlertLevel;
}

export type OpeningMilestoneEventAction = 'created' | 'moved' | 'removed' | 'assigned' | 'done' | 'reopened' | 'alerted';

/** History of a milestone; kept when the milestone is removed (its key stays readable). */
export interface OpeningMilestoneEventTable {
  id: string;
  company_id: string;
  project_id: string;
  milestone_id: string;
  milestone_key: OpeningMilestoneKey;
  action: OpeningMilestoneEventAction;
  from_value: string | null;
  to_value: string | null;
  note: string | null;
  /** Null for the daily alert job. */
  actor_id: string | null;
  created_at: string;
}

export type EquipmentPlaceKind = 'clubhouse' | 'showFlat';

/** 配置要求: one item of the equipment configuration list of a clubhouse or a show flat. */
export interface OpeningEquipmentItemTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  place_kind: EquipmentPlaceKind;
  /** e.g. 会所, A户型样板房. */
  place_name: string;
  item_name: string;
  quantity: number;
  status: EquipmentStatus;
  note: string | null;
  created_by: string;
  /** Set when the item is taken off the list; its history stays. */
  removed_at: string | null;
}

export type EquipmentEventAction = 'created' | 'purchase' | 'deliver' | 'install' | 'check' | 'stepBack' | 'removed';

export interface OpeningEquipmentEventTable {
  id: string;
  company_id: string;
  project_id: string;
  item_id: string;
  action: EquipmentEventAction;
  from_status: EquipmentStatus | null;
  to_status: EquipmentStatus | null;
  reason: string | null;
  actor_id: string;
  created_at: string;
}

export interface OpeningReadinessTables {
  opening_dates: OpeningDatesTable;
  opening_date_events: OpeningDateEventTable;
  opening_milestones: OpeningMilestoneTable;
  opening_milestone_events: OpeningMilestoneEventTable;
  opening_equipment_items: OpeningEquipmentItemTable;
  opening_equipment_events: OpeningEquipmentEventTable;
}
