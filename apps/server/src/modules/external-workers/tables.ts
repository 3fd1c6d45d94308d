import type { Stamped } from '../org/tables.js';

/** 外来工作人员问询登记: one row per visit of an outside worker (who, company, purpose, whom, in and out). */
export interface ExternalWorkerTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  sales_center_id: string | null;
  name: string;
  phone: string;
  id_number: string | null;
  company_name: string;
  purpose: string;
  /** Whom they come to see (a person or a department), as told at the door. */
  visiting: string;
  note: string | null;
  time_in: string;
  /** Null while they are on site. */
  time_out: string | null;
  /** Shanghai date of time_in, for the day's register. */
  visit_date: string;
  registered_by: string;
  signed_out_by: string | null;
}

/** The history of a registration: registered, signed out. */
export interface ExternalWorkerEventTable {
  id: string;
  company_id: string;
  project_id: string;
  external_worker_id: string;
  action: 'register' | 'signOut';
  actor_id: string;
  data: string | null;
  created_at: string;
}

export interface ExternalWorkerTables {
  external_workers: ExternalWorkerTable;
  external_worker_events: ExternalWorkerEventTable;
}
