import { actionItemActionsFor, isActionItemOverdue, isJointMeetingEditor, JOINT_MEETING_TRANSITIONS } from '@guanjia/domain/sales-channel/joint-meeting-flow';
import { allowedActions } from '@guanjia/domain';
import type { ChannelSide } from '@guanjia/domain/sales-channel/channel-sides';
import type { Actor } from '../../platform/http/actor.js';
import type { ActionItemRow, ChannelEventRow, JointMeetingRow } from './channel-access.js';
import type { ActionItemView, MeetingDetailView, MeetingView } from './meeting-schemas.js';

export type People = Map<string, { name: string; side: ChannelSide | null }>;

const person = (people: People, id: string) => ({ id, name: people.get(id)?.name ?? '', side: people.get(id)?.side ?? null });
const plain = (people: People, id: string | null) => (id ? { id, name: people.get(id)?.name ?? '' } : null);

/** `meetingOpen`: the item's meeting is still scheduled, so its wording, owner and due date may change. */
export function presentActionItem(a: ActionItemRow, people: People, actor: Actor, today: string, meetingOpen: boolean): ActionItemView {
  const editor = isJointMeetingEditor(actor.roles);
  return {
    id: a.id,
    meetingId: a.meeting_id,
    raisedOn: a.raised_on,
    description: a.description,
    owner: person(people, a.owner_id),
    dueDate: a.due_date,
    status: a.status,
    overdue: isActionItemOverdue({ status: a.status, dueDate: a.due_date }, today),
    doneNote: a.done_note,
    doneBy: plain(people, a.done_by),
    doneAt: a.done_at,
    version: a.version,
    allowedActions: actionItemActionsFor(a.status, { roles: actor.roles, isOwner: a.owner_id === actor.userId }),
    canEdit: editor && meetingOpen,
  };
}

export function presentMeeting(m: JointMeetingRow, items: readonly ActionItemRow[], people: People, actor: Actor, today: string): MeetingView {
  const editor = isJointMeetingEditor(actor.roles);
  return {
    id: m.id,
    projectId: m.project_id,
    meetingDate: m.meeting_date,
    startTime: m.start_time,
    title: m.title,
    location: m.location,
    attendees: (JSON.parse(m.attendee_ids) as string[]).map((id) => person(people, id)),
    guestNames: JSON.parse(m.guest_names) as string[],
    agenda: m.agenda,
    minutes: m.minutes,
    status: m.status,
    createdBy: plain(people, m.created_by)!,
    finalisedBy: plain(people, m.finalised_by),
    finalisedAt: m.finalised_at,
    cancelReason: m.cancel_reason,
    version: m.version,
    actionItemCount: items.length,
    openActionItems: items.filter((a) => a.status === 'open').length,
    overdueActionItems: items.filter((a) => isActionItemOverdue({ status: a.status, dueDate: a.due_date }, today)).length,
    allowedActions: editor ? allowedActions(JOINT_MEETING_TRANSITIONS, m.status) : [],
    canEdit: editor && m.status === 'scheduled',
  };
}

export function presentMeetingDetail(
  m: JointMeetingRow,
  d: { items: readonly ActionItemRow[]; carried: readonly ActionItemRow[]; events: readonly ChannelEventRow[] },
  people: People,
  actor: Actor,
  today: string,
): MeetingDetailView {
  const open = m.status === 'scheduled';
  return {
    ...presentMeeting(m, d.items, people, actor, today),
    actionItems: d.items.map((a) => presentActionItem(a, people, actor, today, open)),
    carriedItems: d.carried.map((a) => presentActionItem(a, people, actor, today, false)),
    history: d.events.map((e) => ({ action: e.action, fromStatus: e.from_status, toStatus: e.to_status, note: e.note, actor: plain(people, e.actor_id)!, at: e.created_at })),
  };
}
