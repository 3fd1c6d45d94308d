import type { Role } from '../auth/roles.js';
import { allowedActions, nextState, type TransitionTable } from '../shared/state-machine.js';

/**
 * 销售工作例会: the butler takes part in the sales meeting and raises the problems met at work
 * (意见及问题). Each issue has an owner and a due date and is followed from meeting to meeting.
 */
export const MEETING_ISSUE_STATUSES = ['open', 'inProgress', 'resolved', 'dropped'] as const;
export type MeetingIssueStatus = (typeof MEETING_ISSUE_STATUSES)[number];

export const MEETING_ISSUE_ACTIONS = ['start', 'resolve', 'drop'] as const;
export type MeetingIssueAction = (typeof MEETING_ISSUE_ACTIONS)[number];

export type MeetingIssueHistoryAction = MeetingIssueAction | 'raise' | 'edit';

export const MEETING_ISSUE_TRANSITIONS: TransitionTable<MeetingIssueStatus, MeetingIssueAction> = {
  open: { start: 'inProgress', resolve: 'resolved', drop: 'dropped' },
  inProgress: { resolve: 'resolved', drop: 'dropped' },
  resolved: {},
  dropped: {},
};

export const OPEN_MEETING_ISSUE_STATUSES: readonly MeetingIssueStatus[] = ['open', 'inProgress'];

export function meetingIssueNextState(from: MeetingIssueStatus, action: MeetingIssueAction): MeetingIssueStatus {
  return nextState('meetingIssue', MEETING_ISSUE_TRANSITIONS, from, action);
}

/** The property company's staff who attend and record the meeting. */
export const SALES_MEETING_RECORDER_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'serviceCenterManager', 'butler'];
/** Who reads meetings: the recorders, the regional head, and the developer's sales manager and marketing lead. */
export const SALES_MEETING_READER_ROLES: readonly Role[] = [...SALES_MEETING_RECORDER_ROLES, 'regionalHead', 'salesManager', 'marketingLead'];

export type MeetingIssueRefusal = 'notRecorder' | 'notRecorderOrOwner';

/**
 * The recorders move any issue; the person it was given to (its owner, when they have an account)
 * reports progress and resolution; only the recorders drop one.
 */
export function meetingIssueRefusal(who: { roles: readonly Role[]; isOwner: boolean }, action: MeetingIssueAction): MeetingIssueRefusal | null {
  const recorder = who.roles.some((r) => SALES_MEETING_RECORDER_ROLES.includes(r));
  if (recorder) return null;
  if (action === 'drop') return 'notRecorder';
  return who.isOwner ? null : 'notRecorderOrOwner';
}

export function meetingIssueActionsFor(status: MeetingIssueStatus, who: { roles: readonly Role[]; isOwner: boolean }): MeetingIssueAction[] {
  return allowedActions(MEETING_ISSUE_TRANSITIONS, status).filter((a) => meetingIssueRefusal(who, a) === null);
}

/** Editing the owner, due date or wording: recorders, while the issue is still open. */
export function canEditMeetingIssue(status: MeetingIssueStatus, roles: readonly Role[]): boolean {
  return OPEN_MEETING_ISSUE_STATUSES.includes(status) && roles.some((r) => SALES_MEETING_RECORDER_ROLES.includes(r));
}

/**
 * An issue raised at an earlier meeting comes up again at a later one while it was still open on
 * that meeting's date (closed that day or later, or not at all). Dates are Shanghai YYYY-MM-DD.
 */
export function isCarriedInto(issue: { raisedOn: string; closedOn: string | null }, meetingDate: string): boolean {
  return issue.raisedOn < meetingDate && (issue.closedOn === null || issue.closedOn >= meetingDate);
}

export function isMeetingIssueOverdue(issue: { status: MeetingIssueStatus; dueDate: string }, today: string): boolean {
  return OPEN_MEETING_ISSUE_STATUSES.includes(issue.status) && issue.dueDate < today;
}
