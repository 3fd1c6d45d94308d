import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import type { NotificationRow } from '../notifications/notify.js';
import { recordChannelEvent, type JointMeetingRow } from './channel-access.js';
import { channelLinks, noticeChannel } from './channel-notices.js';
import { assertChannelPeople } from './list-channel-people.js';
import type { ScheduleMeetingBody } from './meeting-schemas.js';

export interface JointMeetingChange {
  meeting: JointMeetingRow;
  notifications: NotificationRow[];
}

/** Puts a joint meeting in the calendar with attendees of the project's two teams; they are told. */
export async function scheduleJointMeeting(trx: Tx, actor: Actor, input: ScheduleMeetingBody, now: Date = new Date()): Promise<JointMeetingChange> {
  assertProjectVisible(actor, input.projectId, 'entity.project');
  const attendees = await assertChannelPeople(trx, actor.companyId, input.projectId, input.attendeeIds, 'attendeeIds');
  const at = now.toISOString();
  const meeting: JointMeetingRow = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: input.projectId,
    meeting_date: input.meetingDate,
    start_time: input.startTime ?? null,
    title: input.title || '物业与销售联席会议',
    location: input.location || null,
    attendee_ids: JSON.stringify(attendees.map((p) => p.id)),
    guest_names: JSON.stringify(input.guestNames ?? []),
    agenda: input.agenda || null,
    minutes: null,
    status: 'scheduled',
    created_by: actor.userId,
    finalised_by: null,
    finalised_at: null,
    cancel_reason: null,
    ...newRowStamp(at),
  };
  await trx.insertInto('sales_channel_meetings').values(meeting).execute();
  await recordChannelEvent(trx, meeting, { entityType: 'meeting', action: 'schedule', to: 'scheduled', actorId: actor.userId, at });
  await recordAudit(trx, actor, meeting.company_id, { action: 'create', entityType: 'jointMeeting', entityId: meeting.id, projectId: meeting.project_id, after: meeting });
  const notifications = await noticeChannel(trx, {
    projectId: meeting.project_id,
    userIds: attendees.map((p) => p.id),
    actorId: actor.userId,
    kind: 'meetingScheduled',
    link: channelLinks.meeting(meeting.id),
    params: { title: meeting.title, date: meeting.meeting_date, time: meeting.start_time ?? '', location: meeting.location ?? '' },
  });
  return { meeting, notifications };
}
