import type { Stamped } from '../org/tables.js';

/** The ordered approver roles for one document type of one company. */
export interface ApprovalChainTable extends Stamped {
  id: string;
  company_id: string;
  document_type: string;
  /** JSON [{ "role": "regionalHead" }, …] in order. */
  steps: string;
}

/** 报批: one request for approval of one document, through the steps of its chain. */
export interface ApprovalRequestTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  /** e.g. "servicePlan", "eventPlan", "generic"; the owning module's hook sets the document's status. */
  document_type: string;
  document_id: string;
  title: string;
  description: string | null;
  status: 'pending' | 'approved' | 'rejected' | 'cancelled';
  /** The chain as it was at (re)submission, so reconfiguring a chain does not move requests in flight. */
  steps: string;
  /** 1-based step the request waits at (the last step acted on once decided). */
  current_step: number;
  /** Role of the current step while pending (null once decided): lets the inbox filter in SQL. */
  current_role: string | null;
  submitted_by: string;
  submitted_at: string;
  decided_at: string | null;
  /** 1 on submission, +1 on each resubmission after a rejection. */
  revision: number;
}

export interface ApprovalHistoryTable {
  id: string;
  company_id: string;
  project_id: string;
  request_id: string;
  at: string;
  actor_id: string;
  actor_name: string;
  action: 'submit' | 'approve' | 'reject' | 'resubmit' | 'cancel';
  step: number;
  revision: number;
  comment: string | null;
}

export interface ApprovalTables {
  approval_chains: ApprovalChainTable;
  approval_requests: ApprovalRequestTable;
  approval_history: ApprovalHistoryTable;
}
