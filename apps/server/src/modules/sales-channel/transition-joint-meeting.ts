import { businessDate } from '@guanjia/domain';
import { finaliseRefusal, jointMeetingNextState, type JointMeetingAction } from '@guanjia/domain/sales-channel/joint-meeting-flow';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { BusinessRuleError, ValidationError } from '../../platform/http/errors.js';
import { assertChannelTransition, loadJointMeeting, recordChannelEvent } from './channel-access.js';
import { channelLinks, noticeChannel } from './channel-notices.js';
import { peopleByIds } from './list-channel-people.js';
import type { MeetingActionBody } from './meeting-schemas.js';
import type { JointMeetingChange } from './schedule-joint-meeting.js';

/**
 * Finalises the minutes (held, written, both sides present: else 422) or cancels the meeting (a reason;
 * not once action items were agreed: 422). Attendees are told.
 */
export async function transitionJointMeeting(trx: Tx, actor: Actor, id: string, action: JointMeetingAction, input: MeetingActionBody, now: Date = new Date()): Promise<JointMeetingChange> {
  const before = await loadJointMeeting(trx, actor, id);
  assertVersion(before.version, input.version);
  const to = assertChannelTransition('jointMeeting', jointMeetingNextState, before.status, action);
  const attendeeIds = JSON.parse(before.attendee_ids) as string[];
  const at = now.toISOString();
  if (action === 'finalise') {
    const people = await peopleByIds(trx, attendeeIds);
    const sides = [...people.values()].flatMap((p) => (p.side ? [p.side] : []));
    const refusal = finaliseRefusal({ meetingDate: before.meeting_date, minutes: before.minutes, attendeeSides: sides }, businessDate(now));
    if (refusal) throw new BusinessRuleError(`FINALISE_${refusal.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`, `salesChannel.error.${refusal}`, { date: before.meeting_date });
  } else {
    if (!input.reason) throw new ValidationError({ reason: 'salesChannel.field.cancelReasonRequired' });
    const item = await trx.selectFrom('sales_channel_action_items').select('id').where('meeting_id', '=', id).executeTakeFirst();
    if (item) throw new BusinessRuleError('MEETING_HAS_ACTION_ITEMS', 'salesChannel.error.meetingHasActionItems');
  }
  const after = await updateVersioned(trx, 'sales_channel_meetings', before, {
    status: to,
    ...(action === 'finalise' ? { finalised_by: actor.userId, finalised_at: at } : { cancel_reason: input.reason }),
  });
  await recordChannelEvent(trx, after, { entityType: 'meeting', action, from: before.status, to, note: input.reason || null, actorId: actor.userId, at });
  await recordAudit(trx, actor, after.company_id, { action: `jointMeeting.${action}`, entityType: 'jointMeeting', entityId: after.id, projectId: after.project_id, before, after });
  const notifications = await noticeChannel(trx, {
    projectId: after.project_id,
    userIds: attendeeIds,
    actorId: actor.userId,
    kind: action === 'finalise' ? 'meetingFinalised' : 'meetingCancelled',
    link: channelLinks.meeting(after.id),
    params: { title: after.title, date: after.meeting_date, reason: input.reason ?? '' },
  });
  return { meeting: after, notifications };
}
