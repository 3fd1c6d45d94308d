import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { AppError } from '../../platform/http/errors.js';
import { assertMeetingDate } from './record-sales-meeting.js';
import { loadVisibleMeeting, type SalesMeetingRow } from './sales-meeting-access.js';
import type { UpdateMeetingBody } from './schemas.js';

/**
 * Corrects a meeting's record. A new date moves its issues' raised-on date with it (that is what
 * carries them into later meetings), but not after a due date already set for one of them.
 */
export async function updateSalesMeeting(trx: Tx, actor: Actor, id: string, patch: UpdateMeetingBody, now: Date = new Date()): Promise<SalesMeetingRow> {
  const before = await loadVisibleMeeting(trx, actor, id);
  assertVersion(before.version, patch.version);
  const changes = changedColumns(before, {
    meeting_date: patch.meetingDate,
    title: patch.title,
    attendees: patch.attendees === undefined ? undefined : JSON.stringify(patch.attendees),
    notes: patch.notes === undefined ? undefined : patch.notes || null,
  });
  if (!Object.keys(changes).length) return before;
  if (changes.meeting_date) {
    assertMeetingDate(changes.meeting_date, now);
    const earliestDue = await trx.selectFrom('sales_meeting_issues').select('due_date').where('meeting_id', '=', id).orderBy('due_date').executeTakeFirst();
    if (earliestDue && earliestDue.due_date < changes.meeting_date) {
      throw new AppError(400, 'VALIDATION_FAILED', 'error.validation', { date: changes.meeting_date }, { meetingDate: 'salesMeeting.field.dueBeforeMeeting' });
    }
    await trx.updateTable('sales_meeting_issues').set({ raised_on: changes.meeting_date }).where('meeting_id', '=', id).execute();
  }
  const after = await updateVersioned(trx, 'sales_meetings', before, changes);
  await recordAudit(trx, actor, after.company_id, { action: 'update', entityType: 'salesMeeting', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}
