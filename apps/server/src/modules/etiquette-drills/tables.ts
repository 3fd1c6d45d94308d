import type { DrillKind } from '@guanjia/domain/etiquette-drills/drill-timetable';
import type { Stamped } from '../org/tables.js';

/** 销售高峰期: dates, daily hours and optional weekdays of a sales center's peak; one drill an hour inside. */
export interface EtiquettePeakPeriodTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  sales_center_id: string;
  /** YYYY-MM-DD, inclusive. */
  start_date: string;
  end_date: string;
  /** HH:MM, Asia/Shanghai. */
  start_time: string;
  end_time: string;
  /** JSON array of ISO weekdays (1 = Monday); '[]' for every day. */
  weekdays: string;
  created_by: string;
}

/** The order of drill kinds at a sales center; without a row the default order applies. */
export interface EtiquetteDrillRotationTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  sales_center_id: string;
  /** JSON array of DrillKind. */
  kinds: string;
  updated_by: string;
}

/** A drill recorded as done; one per (sales center, date, slot start). */
export interface EtiquetteDrillRecordTable {
  id: string;
  company_id: string;
  project_id: string;
  sales_center_id: string;
  drill_date: string;
  slot_start: string;
  slot_end: string;
  kind: DrillKind;
  /** JSON array of user ids: the staff who performed it. */
  performer_ids: string;
  /** The photo taken of it; null only on demo rows. */
  photo_file_id: string | null;
  note: string | null;
  recorded_by: string;
  recorded_at: string;
}

/** A slot flagged missed by the hourly job, with who was told; one per slot, so each is told once. */
export interface EtiquetteMissedDrillTable {
  id: string;
  company_id: string;
  project_id: string;
  sales_center_id: string;
  drill_date: string;
  slot_start: string;
  slot_end: string;
  kind: DrillKind;
  /** JSON array of the user ids told. */
  notified_user_ids: string;
  flagged_at: string;
}

export interface EtiquetteDrillTables {
  etiquette_peak_periods: EtiquettePeakPeriodTable;
  etiquette_drill_rotations: EtiquetteDrillRotationTable;
  etiquette_drill_records: EtiquetteDrillRecordTable;
  etiquette_missed_drills: EtiquetteMissedDrillTable;
}
