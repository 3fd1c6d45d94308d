import { businessDate } from '@guanjia/domain';
import { canEditMeetingIssue, isMeetingIssueOverdue, meetingIssueActionsFor, SALES_MEETING_RECORDER_ROLES } from '@guanjia/domain/sales-site/meeting-issue-flow';
import type { Actor } from '../../platform/http/actor.js';
import { hasRole } from '../../platform/http/access.js';
import type { SalesMeetingDetail } from './get-sales-meeting.js';
import type { MeetingIssueDetail } from './list-meeting-issues.js';
import type { IssueListRow, MeetingListRow } from './meeting-issue-rows.js';
import type { IssueView, MeetingSummaryView, MeetingView } from './schemas.js';

export function presentIssue(r: IssueListRow, actor: Actor, now: Date = new Date()): IssueView {
  return {
    id: r.id,
    projectId: r.project_id,
    meetingId: r.meeting_id,
    raisedOn: r.raised_on,
    description: r.description,
    ownerName: r.owner_name,
    ownerUserId: r.owner_user_id,
    dueDate: r.due_date,
    status: r.status,
    overdue: isMeetingIssueOverdue({ status: r.status, dueDate: r.due_date }, businessDate(now)),
    resolution: r.resolution,
    raisedBy: { id: r.raised_by, name: r.raised_by_name ?? '' },
    closedAt: r.closed_at,
    allowedActions: meetingIssueActionsFor(r.status, { roles: actor.roles, isOwner: r.owner_user_id === actor.userId }),
    canEdit: canEditMeetingIssue(r.status, actor.roles),
    version: r.version,
  };
}

export function presentMeetingSummary(r: MeetingListRow): MeetingSummaryView {
  return {
    id: r.id,
    projectId: r.project_id,
    salesCenter: r.sales_center_id ? { id: r.sales_center_id, name: r.sales_center_name ?? '' } : null,
    meetingDate: r.meeting_date,
    title: r.title,
    attendees: JSON.parse(r.attendees) as string[],
    recordedBy: { id: r.recorded_by, name: r.recorded_by_name ?? '' },
    // PostgreSQL counts come back as bigint strings.
    issuesRaised: Number(r.issues_raised ?? 0),
    issuesOpen: Number(r.issues_open ?? 0),
    createdAt: r.created_at,
    version: r.version,
  };
}

export const canEditMeeting = (actor: Actor) => hasRole(actor, ...SALES_MEETING_RECORDER_ROLES);

export function presentMeeting(d: SalesMeetingDetail, actor: Actor): MeetingView {
  return {
    ...presentMeetingSummary(d.meeting),
    notes: d.meeting.notes,
    issues: d.issues.map((i) => presentIssue(i, actor)),
    carriedIssues: d.carried.map((i) => presentIssue(i, actor)),
    canEdit: canEditMeeting(actor),
  };
}

export function presentIssueDetail(d: MeetingIssueDetail, actor: Actor) {
  return {
    ...presentIssue(d.issue, actor),
    history: d.history.map((e) => ({
      action: e.action,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      note: e.note,
      meetingId: e.meeting_id,
      actor: { id: e.actor_id, name: e.actor_name ?? '' },
      at: e.created_at,
    })),
  };
}
