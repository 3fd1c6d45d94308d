import type { Role } from '../auth/roles.js';
import { epochDayToDate, parseDateToEpochDay } from '../calendar/epoch-day.js';
import { allowedActions, nextState, type TransitionTable } from '../shared/state-machine.js';
import type { ChannelSide } from './channel-sides.js';

/**
 * 联席会议: the regular meeting of both teams (定期开会, section 一 of the seed), its minutes and the
 * action items agreed there, each with an owner of either side and a due date.
 */
export const JOINT_MEETING_STATUSES = ['scheduled', 'finalised', 'cancelled'] as const;
export type JointMeetingStatus = (typeof JOINT_MEETING_STATUSES)[number];

export const JOINT_MEETING_ACTIONS = ['finalise', 'cancel'] as const;
export type JointMeetingAction = (typeof JOINT_MEETING_ACTIONS)[number];

export const JOINT_MEETING_TRANSITIONS: TransitionTable<JointMeetingStatus, JointMeetingAction> = {
  scheduled: { finalise: 'finalised', cancel: 'cancelled' },
  // Finalised minutes are the record both sides agreed: no edits, only action-item progress.
  finalised: {},
  cancelled: {},
};

export function jointMeetingNextState(from: JointMeetingStatus, action: JointMeetingAction): JointMeetingStatus {
  return nextState('jointMeeting', JOINT_MEETING_TRANSITIONS, from, action);
}

export const ACTION_ITEM_STATUSES = ['open', 'done'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];
export const ACTION_ITEM_ACTIONS = ['complete', 'reopen'] as const;
export type ActionItemAction = (typeof ACTION_ITEM_ACTIONS)[number];
export type ActionItemHistoryAction = ActionItemAction | 'add' | 'edit';

export const ACTION_ITEM_TRANSITIONS: TransitionTable<ActionItemStatus, ActionItemAction> = {
  open: { complete: 'done' },
  done: { reopen: 'open' },
};

export function actionItemNextState(from: ActionItemStatus, action: ActionItemAction): ActionItemStatus {
  return nextState('actionItem', ACTION_ITEM_TRANSITIONS, from, action);
}

/** Who organises meetings, writes minutes and gives out action items: the managers and butlers, the sales manager and marketing lead. */
export const JOINT_MEETING_EDITOR_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'serviceCenterManager', 'butler', 'salesManager', 'marketingLead'];

export function isJointMeetingEditor(roles: readonly Role[]): boolean {
  return roles.some((r) => JOINT_MEETING_EDITOR_ROLES.includes(r));
}

/** The editors move any item; its owner reports their own progress. */
export function actionItemRefusal(who: { roles: readonly Role[]; isOwner: boolean }): 'notEditorOrOwner' | null {
  return isJointMeetingEditor(who.roles) || who.isOwner ? null : 'notEditorOrOwner';
}

export function actionItemActionsFor(status: ActionItemStatus, who: { roles: readonly Role[]; isOwner: boolean }): ActionItemAction[] {
  return actionItemRefusal(who) ? [] : allowedActions(ACTION_ITEM_TRANSITIONS, status);
}

export function isActionItemOverdue(item: { status: ActionItemStatus; dueDate: string }, today: string): boolean {
  return item.status === 'open' && item.dueDate < today;
}

export type FinaliseRefusal = 'notHeldYet' | 'minutesMissing' | 'bothSidesNeeded';

/** Minutes are finalised once the meeting was held, written, and attended by both sides. */
export function finaliseRefusal(m: { meetingDate: string; minutes: string | null; attendeeSides: readonly ChannelSide[] }, today: string): FinaliseRefusal | null {
  if (m.meetingDate > today) return 'notHeldYet';
  if (!m.minutes?.trim()) return 'minutesMissing';
  if (!m.attendeeSides.includes('property') || !m.attendeeSides.includes('sales')) return 'bothSidesNeeded';
  return null;
}

export const CADENCE_MIN_DAYS = 1;
export const CADENCE_MAX_DAYS = 92;

export interface MeetingCadence {
  /** Meet every N calendar days (14 = every two weeks). */
  everyDays: number;
  /** The first meeting of the series. */
  startsOn: string;
}

/**
 * The next meeting the cadence asks for: one interval after the latest meeting held or scheduled (not
 * cancelled), or the series' first date when there is none. Overdue once that date has passed.
 */
export function nextJointMeetingDue(cadence: MeetingCadence, latestMeetingDate: string | null, today: string): { dueOn: string; overdue: boolean } {
  const start = parseDateToEpochDay(cadence.startsOn);
  const latest = latestMeetingDate ? parseDateToEpochDay(latestMeetingDate) : NaN;
  const due = Number.isNaN(latest) || latest < start ? start : latest + cadence.everyDays;
  const dueOn = epochDayToDate(due);
  return { dueOn, overdue: dueOn < today };
}
