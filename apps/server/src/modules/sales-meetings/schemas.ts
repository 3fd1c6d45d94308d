import { z } from 'zod';
import { ROLES } from '@guanjia/domain';
import { MEETING_ISSUE_ACTIONS, MEETING_ISSUE_STATUSES } from '@guanjia/domain/sales-site/meeting-issue-flow';
import { searchParam } from '../../platform/db/text-search.js';
import { pageOf, pageQuery } from '../../platform/http/paging.js';
import { dateField } from '../daily-checks/schemas.js';
import { named } from '../../platform/http/schema-parts.js';

const idRef = z.string().min(1).max(64);
const version = z.number().int().min(1).optional();

export const idParams = z.object({ id: idRef });
export const projectParams = z.object({ projectId: idRef });
export const issueActionParams = z.object({ id: idRef, action: z.enum(MEETING_ISSUE_ACTIONS) });

export const issueInput = z
  .object({
    description: z.string().trim().min(1).max(1000),
    /** Free text (people of the developer often have no account); defaults to the account's name. */
    ownerName: z.string().trim().max(100).optional(),
    ownerUserId: idRef.nullish(),
    dueDate: dateField,
  })
  .strict();
export type IssueInput = z.infer<typeof issueInput>;

const attendees = z.array(z.string().trim().min(1).max(50)).max(50);

export const recordMeetingBody = z
  .object({
    meetingDate: dateField,
    title: z.string().trim().max(200).optional(),
    attendees,
    notes: z.string().trim().max(4000).nullish(),
    salesCenterId: idRef.nullish(),
    issues: z.array(issueInput).max(50).optional(),
  })
  .strict();
export type RecordMeetingBody = z.infer<typeof recordMeetingBody>;

export const updateMeetingBody = z
  .object({ meetingDate: dateField.optional(), title: z.string().trim().min(1).max(200).optional(), attendees: attendees.optional(), notes: z.string().trim().max(4000).nullish(), version })
  .strict();
export type UpdateMeetingBody = z.infer<typeof updateMeetingBody>;

export const updateIssueBody = z
  .object({ description: z.string().trim().min(1).max(1000).optional(), ownerName: z.string().trim().min(1).max(100).optional(), ownerUserId: idRef.nullish(), dueDate: dateField.optional(), version })
  .strict();
export type UpdateIssueBody = z.infer<typeof updateIssueBody>;

export const issueActionBody = z
  .object({
    note: z.string().trim().max(1000).optional(),
    /** The meeting at which the issue was discussed, when the step is taken there. */
    meetingId: idRef.optional(),
    version,
  })
  .strict();
export type IssueActionBody = z.infer<typeof issueActionBody>;

export const listMeetingsQuery = pageQuery.extend({ from: dateField.optional(), to: dateField.optional() });
export type ListMeetingsQuery = z.infer<typeof listMeetingsQuery>;

export const listIssuesQuery = pageQuery.extend({
  status: z.enum(MEETING_ISSUE_STATUSES).optional(),
  /** Open and in progress only. */
  open: z.enum(['true', 'false']).optional(),
  overdue: z.enum(['true']).optional(),
  ownerUserId: idRef.optional(),
  q: searchParam,
});
export type ListIssuesQuery = z.infer<typeof listIssuesQuery>;

export const issueSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  meetingId: z.string(),
  raisedOn: z.string(),
  description: z.string(),
  ownerName: z.string(),
  ownerUserId: z.string().nullable(),
  dueDate: z.string(),
  status: z.enum(MEETING_ISSUE_STATUSES),
  overdue: z.boolean(),
  resolution: z.string().nullable(),
  raisedBy: named,
  closedAt: z.string().nullable(),
  allowedActions: z.array(z.enum(MEETING_ISSUE_ACTIONS)),
  canEdit: z.boolean(),
  version: z.number().int(),
});
export type IssueView = z.infer<typeof issueSchema>;

export const issueDetailSchema = issueSchema.extend({
  history: z.array(
    z.object({ action: z.string(), fromStatus: z.string().nullable(), toStatus: z.string().nullable(), note: z.string().nullable(), meetingId: z.string().nullable(), actor: named, at: z.string() }),
  ),
});

export const meetingSummarySchema = z.object({
  id: z.string(),
  projectId: z.string(),
  salesCenter: named.nullable(),
  meetingDate: z.string(),
  title: z.string(),
  attendees: z.array(z.string()),
  recordedBy: named,
  issuesRaised: z.number().int(),
  issuesOpen: z.number().int(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type MeetingSummaryView = z.infer<typeof meetingSummarySchema>;

export const meetingSchema = meetingSummarySchema.extend({
  notes: z.string().nullable(),
  /** Raised at this meeting. */
  issues: z.array(issueSchema),
  /** Raised at earlier meetings and still open on this meeting's date. */
  carriedIssues: z.array(issueSchema),
  canEdit: z.boolean(),
});
export type MeetingView = z.infer<typeof meetingSchema>;

export const meetingPageSchema = pageOf(meetingSummarySchema);
export const issuePageSchema = pageOf(issueSchema);

/** Accounts an issue may be given to (they can then report progress on it). */
export const ownerCandidatesSchema = z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), roles: z.array(z.enum(ROLES)) })) });
