import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { AppError, BusinessRuleError } from '../../platform/http/errors.js';
import { loadJointMeeting, recordChannelEvent, type JointMeetingRow } from './channel-access.js';
import { assertChannelPeople } from './list-channel-people.js';
import type { UpdateMeetingBody } from './meeting-schemas.js';

/**
 * Edits a scheduled meeting: its details, attendees and minutes. Finalised or cancelled meetings are
 * the record (422). A new date moves its items' raised-on date, but not past a due date already set.
 */
export async function updateJointMeeting(trx: Tx, actor: Actor, id: string, patch: UpdateMeetingBody, now: Date = new Date()): Promise<JointMeetingRow> {
  const before = await loadJointMeeting(trx, actor, id);
  assertVersion(before.version, patch.version);
  assertMeetingOpen(before);
  const attendees = patch.attendeeIds === undefined ? undefined : await assertChannelPeople(trx, actor.companyId, before.project_id, patch.attendeeIds, 'attendeeIds');
  const changes = changedColumns(before, {
    meeting_date: patch.meetingDate,
    start_time: patch.startTime === undefined ? undefined : (patch.startTime ?? null),
    title: patch.title,
    location: patch.location === undefined ? undefined : patch.location || null,
    attendee_ids: attendees && JSON.stringify(attendees.map((p) => p.id)),
    guest_names: patch.guestNames && JSON.stringify(patch.guestNames),
    agenda: patch.agenda === undefined ? undefined : patch.agenda || null,
    minutes: patch.minutes === undefined ? undefined : patch.minutes || null,
  });
  if (!Object.keys(changes).length) return before;
  if (changes.meeting_date) {
    const earliestDue = await trx.selectFrom('sales_channel_action_items').select('due_date').where('meeting_id', '=', id).orderBy('due_date').executeTakeFirst();
    if (earliestDue && earliestDue.due_date < changes.meeting_date) {
      throw new AppError(400, 'VALIDATION_FAILED', 'error.validation', {}, { meetingDate: 'salesChannel.field.itemDueBeforeMeeting' });
    }
    await trx.updateTable('sales_channel_action_items').set({ raised_on: changes.meeting_date }).where('meeting_id', '=', id).execute();
  }
  const after = await updateVersioned(trx, 'sales_channel_meetings', before, changes);
  await recordChannelEvent(trx, after, { entityType: 'meeting', action: changes.minutes !== undefined ? 'editMinutes' : 'edit', actorId: actor.userId, at: now.toISOString() });
  await recordAudit(trx, actor, after.company_id, { action: 'update', entityType: 'jointMeeting', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}

/** Only a scheduled meeting may change, or get new action items. */
export function assertMeetingOpen(m: Pick<JointMeetingRow, 'status'>): void {
  if (m.status !== 'scheduled') throw new BusinessRuleError('MEETING_LOCKED', 'salesChannel.error.meetingLocked', { status: `salesChannel.jointMeeting.status.${m.status}` });
}
