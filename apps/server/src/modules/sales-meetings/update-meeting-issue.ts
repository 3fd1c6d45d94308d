import { canEditMeetingIssue } from '@guanjia/domain/sales-site/meeting-issue-flow';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { ConflictError } from '../../platform/http/errors.js';
import { assertDueNotBeforeMeeting, resolveIssueOwner } from './raise-meeting-issue.js';
import { loadVisibleIssue, recordIssueEvent, type MeetingIssueRow } from './sales-meeting-access.js';
import type { UpdateIssueBody } from './schemas.js';

/** Rewords an open issue, gives it to someone else or moves its due date. */
export async function updateMeetingIssue(trx: Tx, actor: Actor, id: string, patch: UpdateIssueBody, now: Date = new Date()): Promise<MeetingIssueRow> {
  const before = await loadVisibleIssue(trx, actor, id);
  assertVersion(before.version, patch.version);
  if (!canEditMeetingIssue(before.status, actor.roles)) throw new ConflictError('ISSUE_CLOSED', 'salesMeeting.error.closed');
  if (patch.dueDate !== undefined) assertDueNotBeforeMeeting(patch.dueDate, before.raised_on);
  // A new account gives the issue to that person (their name unless one is given); a name alone, to
  // someone without an account.
  let owner: { name: string; userId: string | null } | undefined;
  if (patch.ownerUserId !== undefined) {
    const ownerName = patch.ownerName ?? (patch.ownerUserId ? undefined : before.owner_name);
    owner = await resolveIssueOwner(trx, actor, before.project_id, { ownerName, ownerUserId: patch.ownerUserId });
  } else if (patch.ownerName !== undefined) {
    owner = { name: patch.ownerName, userId: null };
  }
  const changes = changedColumns(before, { description: patch.description, due_date: patch.dueDate, owner_name: owner?.name, owner_user_id: owner ? owner.userId : undefined });
  if (!Object.keys(changes).length) return before;
  const after = await updateVersioned(trx, 'sales_meeting_issues', before, changes);
  await recordIssueEvent(trx, after, { action: 'edit', from: before.status, to: after.status, note: Object.keys(changes).join(','), actorId: actor.userId, at: now.toISOString() });
  await recordAudit(trx, actor, after.company_id, { action: 'update', entityType: 'salesMeetingIssue', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}
