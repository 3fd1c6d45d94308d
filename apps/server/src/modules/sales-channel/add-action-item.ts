import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { ValidationError } from '../../platform/http/errors.js';
import type { NotificationRow } from '../notifications/notify.js';
import { loadJointMeeting, recordChannelEvent, type ActionItemRow } from './channel-access.js';
import { channelLinks, noticeChannel } from './channel-notices.js';
import { assertChannelPeople } from './list-channel-people.js';
import type { ActionItemInput } from './meeting-schemas.js';
import { assertMeetingOpen } from './update-joint-meeting.js';

export interface ActionItemChange {
  item: ActionItemRow;
  notifications: NotificationRow[];
}

/** Gives out an action item at a scheduled meeting to someone of either team, due on or after the meeting; they are told. */
export async function addActionItem(trx: Tx, actor: Actor, meetingId: string, input: ActionItemInput, now: Date = new Date()): Promise<ActionItemChange> {
  const meeting = await loadJointMeeting(trx, actor, meetingId);
  assertMeetingOpen(meeting);
  await assertChannelPeople(trx, actor.companyId, meeting.project_id, [input.ownerId], 'ownerId');
  if (input.dueDate < meeting.meeting_date) throw new ValidationError({ dueDate: 'salesChannel.field.dueBeforeMeeting' });
  const at = now.toISOString();
  const item: ActionItemRow = {
    id: uuidv7(),
    company_id: meeting.company_id,
    project_id: meeting.project_id,
    meeting_id: meeting.id,
    raised_on: meeting.meeting_date,
    description: input.description,
    owner_id: input.ownerId,
    due_date: input.dueDate,
    status: 'open',
    done_note: null,
    done_by: null,
    done_at: null,
    done_on: null,
    created_by: actor.userId,
    ...newRowStamp(at),
  };
  await trx.insertInto('sales_channel_action_items').values(item).execute();
  await recordChannelEvent(trx, item, { entityType: 'actionItem', action: 'add', to: 'open', actorId: actor.userId, at });
  await recordAudit(trx, actor, item.company_id, { action: 'create', entityType: 'jointMeetingActionItem', entityId: item.id, projectId: item.project_id, after: item });
  const notifications = await noticeChannel(trx, {
    projectId: item.project_id,
    userIds: [item.owner_id],
    actorId: actor.userId,
    kind: 'actionItemAssigned',
    link: channelLinks.meeting(meeting.id),
    params: { description: item.description, dueDate: item.due_date, title: meeting.title },
  });
  return { item, notifications };
}
