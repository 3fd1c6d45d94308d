import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { ValidationError } from '../../platform/http/errors.js';
import { loadActionItem, loadJointMeeting, recordChannelEvent, type ActionItemRow } from './channel-access.js';
import { assertChannelPeople } from './list-channel-people.js';
import type { UpdateActionItemBody } from './meeting-schemas.js';
import { assertMeetingOpen } from './update-joint-meeting.js';

/** Rewords an item, gives it to someone else or moves its due date, while its meeting's minutes are open. */
export async function updateActionItem(trx: Tx, actor: Actor, id: string, patch: UpdateActionItemBody, now: Date = new Date()): Promise<ActionItemRow> {
  const before = await loadActionItem(trx, actor, id);
  assertVersion(before.version, patch.version);
  const meeting = await loadJointMeeting(trx, actor, before.meeting_id);
  assertMeetingOpen(meeting);
  if (patch.ownerId) await assertChannelPeople(trx, actor.companyId, before.project_id, [patch.ownerId], 'ownerId');
  if (patch.dueDate && patch.dueDate < meeting.meeting_date) throw new ValidationError({ dueDate: 'salesChannel.field.dueBeforeMeeting' });
  const changes = changedColumns(before, { description: patch.description, owner_id: patch.ownerId, due_date: patch.dueDate });
  if (!Object.keys(changes).length) return before;
  const after = await updateVersioned(trx, 'sales_channel_action_items', before, changes);
  await recordChannelEvent(trx, after, { entityType: 'actionItem', action: 'edit', actorId: actor.userId, at: now.toISOString() });
  await recordAudit(trx, actor, after.company_id, { action: 'update', entityType: 'jointMeetingActionItem', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}
