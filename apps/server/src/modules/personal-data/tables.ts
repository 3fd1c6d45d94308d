import type { PersonalDataRequestKind, PersonalDataRequestState, RevealableField, RevealSubjectType } from '@guanjia/domain/personal-data/index';
import type { Stamped } from '../org/tables.js';

/**
 * 查看记录: one row per full phone or ID number a staff member revealed, written in the same
 * transaction that reads the value. The value itself is never stored here.
 */
export interface PersonalDataReadTable {
  id: string;
  company_id: string;
  project_id: string;
  staff_user_id: string;
  /** Whose number it is: the owner, or null for a work order's requester who is not an owner. */
  owner_id: string | null;
  subject_type: RevealSubjectType;
  subject_id: string;
  field: RevealableField;
  /** Why, as the staff member or the page said (e.g. 回访致电). */
  purpose: string | null;
  /** The page it was revealed on (e.g. /org/projects/…/households/…). */
  page: string | null;
  ip: string | null;
  read_at: string;
}

/** An owner's export or erasure request and its decision (requested → approved → done | refused). */
export interface PersonalDataRequestTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  owner_id: string;
  kind: PersonalDataRequestKind;
  state: PersonalDataRequestState;
  /** The owner's account when they asked on the phone; a staff member when produced on request. */
  requested_by: string;
  reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
  refuse_reason: string | null;
  completed_at: string | null;
  /** For an export: json or pdf. */
  format: string | null;
}

/** The history of a request: asked, approved, refused, completed. */
export interface PersonalDataRequestEventTable {
  id: string;
  company_id: string;
  project_id: string;
  request_id: string;
  action: 'request' | 'approve' | 'refuse' | 'complete';
  from_state: string | null;
  to_state: string;
  actor_id: string;
  data: string | null;
  created_at: string;
}

export interface PersonalDataTables {
  personal_data_reads: PersonalDataReadTable;
  personal_data_requests: PersonalDataRequestTable;
  personal_data_request_events: PersonalDataRequestEventTable;
}
