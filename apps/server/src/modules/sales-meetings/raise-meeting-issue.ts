import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type DbOrTx, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { AppError, ValidationError } from '../../platform/http/errors.js';
import { translate } from '../../platform/http/i18n.js';
import { notify, type NotificationRow } from '../notifications/notify.js';
import { findProjectStaff } from '../work-orders/find-project-staff.js';
import { loadVisibleMeeting, recordIssueEvent, type MeetingIssueRow, type SalesMeetingRow } from './sales-meeting-access.js';
import type { IssueInput } from './schemas.js';

export interface RaisedIssue {
  issue: MeetingIssueRow;
  notifications: NotificationRow[];
}

/** Adds an issue to a meeting already recorded (意见及问题 raised there). */
export async function raiseMeetingIssue(trx: Tx, actor: Actor, meetingId: string, input: IssueInput, now: Date = new Date()): Promise<RaisedIssue> {
  const meeting = await loadVisibleMeeting(trx, actor, meetingId);
  const notifications: NotificationRow[] = [];
  const issue = await insertMeetingIssue(trx, actor, meeting, input, now, notifications);
  return { issue, notifications };
}

/** Who answers for an issue: a named account of the project (its name by default), or a name alone. */
export async function resolveIssueOwner(db: DbOrTx, actor: Actor, projectId: string, input: { ownerName?: string; ownerUserId?: string | null }, field = ''): Promise<{ name: string; userId: string | null }> {
  if (input.ownerUserId) {
    const staff = await findProjectStaff(db, actor.companyId, projectId, input.ownerUserId);
    if (!staff) throw new ValidationError({ [`${field}ownerUserId`]: 'salesMeeting.field.ownerNotInProject' });
    return { name: input.ownerName || staff.name, userId: staff.id };
  }
  if (!input.ownerName) throw new ValidationError({ [`${field}ownerName`]: 'salesMeeting.field.ownerRequired' });
  return { name: input.ownerName, userId: null };
}

export function assertDueNotBeforeMeeting(dueDate: string, meetingDate: string, field = 'dueDate'): void {
  if (dueDate < meetingDate) throw new AppError(400, 'VALIDATION_FAILED', 'error.validation', { date: meetingDate }, { [field]: 'salesMeeting.field.dueBeforeMeeting' });
}

/** Inserts one issue of a meeting with its history and audit rows; its owner (with an account) is told. */
export async function insertMeetingIssue(trx: Tx, actor: Actor, meeting: SalesMeetingRow, input: IssueInput, now: Date, notifications: NotificationRow[], field = ''): Promise<MeetingIssueRow> {
  assertDueNotBeforeMeeting(input.dueDate, meeting.meeting_date, `${field}dueDate`);
  const owner = await resolveIssueOwner(trx, actor, meeting.project_id, input, field);
  const at = now.toISOString();
  const issue: MeetingIssueRow = {
    id: uuidv7(),
    company_id: meeting.company_id,
    project_id: meeting.project_id,
    meeting_id: meeting.id,
    raised_on: meeting.meeting_date,
    description: input.description,
    owner_name: owner.name,
    owner_user_id: owner.userId,
    due_date: input.dueDate,
    status: 'open',
    resolution: null,
    raised_by: actor.userId,
    closed_at: null,
    closed_on: null,
    ...newRowStamp(at),
  };
  await trx.insertInto('sales_meeting_issues').values(issue).execute();
  await recordIssueEvent(trx, issue, { action: 'raise', to: 'open', meetingId: meeting.id, actorId: actor.userId, at });
  await recordAudit(trx, actor, issue.company_id, { action: 'create', entityType: 'salesMeetingIssue', entityId: issue.id, projectId: issue.project_id, after: issue });
  if (owner.userId && owner.userId !== actor.userId) {
    const params = { description: issue.description, dueDate: issue.due_date };
    notifications.push(
      ...(await notify(trx, {
        userIds: [owner.userId],
        kind: 'salesMeetingIssue.assigned',
        projectId: issue.project_id,
        link: `/sales-meetings?meeting=${issue.meeting_id}`,
        // Stored text, in the company's language.
        title: translate('zh-CN', 'salesMeeting.notice.assignedTitle', params),
        body: translate('zh-CN', 'salesMeeting.notice.assignedBody', params),
      })),
    );
  }
  return issue;
}
