import { businessDate } from '@guanjia/domain';
import { isCarriedInto } from '@guanjia/domain/sales-site/meeting-issue-flow';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { channelEvents, loadJointMeeting, type JointMeetingRow } from './channel-access.js';
import { peopleByIds } from './list-channel-people.js';
import type { MeetingDetailView } from './meeting-schemas.js';
import { presentMeetingDetail } from './present-joint-meeting.js';

export async function getJointMeeting(db: DbOrTx, actor: Actor, id: string, now: Date = new Date()): Promise<MeetingDetailView> {
  return readJointMeeting(db, actor, await loadJointMeeting(db, actor, id), now);
}

/**
 * A meeting with its action items, the items of earlier meetings carried into it (the sales meetings'
 * rule: raised before this date and not done by then), and its history.
 */
export async function readJointMeeting(db: DbOrTx, actor: Actor, meeting: JointMeetingRow, now: Date = new Date()): Promise<MeetingDetailView> {
  const [items, earlier] = await Promise.all([
    db.selectFrom('sales_channel_action_items').selectAll().where('meeting_id', '=', meeting.id).orderBy('id').execute(),
    db
      .selectFrom('sales_channel_action_items')
      .selectAll()
      .where('project_id', '=', meeting.project_id)
      .where('raised_on', '<', meeting.meeting_date)
      .where((eb) => eb.or([eb('done_on', 'is', null), eb('done_on', '>=', meeting.meeting_date)]))
      .orderBy('due_date')
      .execute(),
  ]);
  const carried = earlier.filter((a) => isCarriedInto({ raisedOn: a.raised_on, closedOn: a.done_on }, meeting.meeting_date));
  const events = await channelEvents(db, [meeting.id, ...items.map((a) => a.id)]);
  const people = await peopleByIds(db, [
    meeting.created_by,
    meeting.finalised_by,
    ...(JSON.parse(meeting.attendee_ids) as string[]),
    ...[...items, ...carried].flatMap((a) => [a.owner_id, a.done_by]),
    ...events.map((e) => e.actor_id),
  ]);
  return presentMeetingDetail(meeting, { items, carried, events }, people, actor, businessDate(now));
}
