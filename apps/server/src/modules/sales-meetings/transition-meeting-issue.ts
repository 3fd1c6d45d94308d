import { businessDate } from '@guanjia/domain';
import { meetingIssueRefusal, OPEN_MEETING_ISSUE_STATUSES, type MeetingIssueAction } from '@guanjia/domain/sales-site/meeting-issue-flow';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { ForbiddenError, ValidationError } from '../../platform/http/errors.js';
import { assertIssueTransition, loadVisibleIssue, recordIssueEvent, type MeetingIssueRow } from './sales-meeting-access.js';
import type { IssueActionBody } from './schemas.js';

/**
 * The one place an issue changes state: re-read it (404), the caller's part (403), the version and the
 * transition table (409); a resolution or the reason for dropping is kept on the row; history and audit.
 */
export async function transitionMeetingIssue(trx: Tx, actor: Actor, id: string, action: MeetingIssueAction, input: IssueActionBody, now: Date = new Date()): Promise<MeetingIssueRow> {
  const before = await loadVisibleIssue(trx, actor, id);
  const refusal = meetingIssueRefusal({ roles: actor.roles, isOwner: before.owner_user_id === actor.userId }, action);
  if (refusal) throw new ForbiddenError(`salesMeeting.refusal.${refusal}`);
  assertVersion(before.version, input.version);
  const to = assertIssueTransition(before.status, action);
  if (action === 'drop' && !input.note) throw new ValidationError({ note: 'salesMeeting.field.reasonRequired' });
  if (input.meetingId) {
    const meeting = await trx.selectFrom('sales_meetings').select('id').where('id', '=', input.meetingId).where('project_id', '=', before.project_id).executeTakeFirst();
    if (!meeting) throw new ValidationError({ meetingId: 'salesMeeting.field.meetingNotInProject' });
  }
  const at = now.toISOString();
  const closing = !OPEN_MEETING_ISSUE_STATUSES.includes(to);
  const after = await updateVersioned(trx, 'sales_meeting_issues', before, {
    status: to,
    ...(closing ? { closed_at: at, closed_on: businessDate(now), resolution: input.note || null } : {}),
  });
  await recordIssueEvent(trx, after, { action, from: before.status, to, note: input.note || null, meetingId: input.meetingId ?? null, actorId: actor.userId, at });
  await recordAudit(trx, actor, after.company_id, { action: `salesMeetingIssue.${action}`, entityType: 'salesMeetingIssue', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}
