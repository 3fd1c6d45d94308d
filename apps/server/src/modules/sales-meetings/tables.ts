import type { MeetingIssueStatus } from '@guanjia/domain/sales-site/meeting-issue-flow';
import type { Stamped } from '../org/tables.js';

/** 销售工作例会: a sales meeting the butler attended. */
export interface SalesMeetingTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  sales_center_id: string | null;
  /** Shanghai date of the meeting. */
  meeting_date: string;
  title: string;
  /** JSON array of names (people of both companies attend; not all have accounts). */
  attendees: string;
  notes: string | null;
  recorded_by: string;
}

/** 意见及问题: an issue the butler raised at a meeting, followed from meeting to meeting until closed. */
export interface SalesMeetingIssueTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  /** The meeting it was raised at. */
  meeting_id: string;
  /** That meeting's date, copied so later meetings find the issues carried into them. */
  raised_on: string;
  description: string;
  owner_name: string;
  /** Set when the owner has an account: they may then report progress themselves. */
  owner_user_id: string | null;
  due_date: string;
  status: MeetingIssueStatus;
  resolution: string | null;
  raised_by: string;
  closed_at: string | null;
  /** Shanghai date of closed_at. */
  closed_on: string | null;
}

/** The history of an issue, with the meeting it was discussed at when there was one. */
export interface SalesMeetingIssueEventTable {
  id: string;
  company_id: string;
  project_id: string;
  issue_id: string;
  meeting_id: string | null;
  action: string;
  from_status: string | null;
  to_status: string | null;
  note: string | null;
  actor_id: string;
  created_at: string;
}

export interface SalesMeetingTables {
  sales_meetings: SalesMeetingTable;
  sales_meeting_issues: SalesMeetingIssueTable;
  sales_meeting_issue_events: SalesMeetingIssueEventTable;
}
