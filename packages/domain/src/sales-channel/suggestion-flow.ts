import type { Role } from '../auth/roles.js';
import { nextDate } from '../sales-site/liaison-form-flow.js';
import { allowedActions, nextState, type TransitionTable } from '../shared/state-machine.js';
import { isOnSide, type ChannelSide } from './channel-sides.js';

/**
 * 建议与需求: one side raises a suggestion or request to the other (sections 三 and 四 of the seed:
 * the environment, customers' needs); the other side answers by a due date; the raising side accepts
 * the answer or sends it back for another.
 */
export const SUGGESTION_STATUSES = ['open', 'answered', 'returned', 'accepted', 'withdrawn'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export const SUGGESTION_ACTIONS = ['answer', 'accept', 'sendBack', 'withdraw'] as const;
export type SuggestionAction = (typeof SUGGESTION_ACTIONS)[number];
export type SuggestionHistoryAction = SuggestionAction | 'raise';

export const SUGGESTION_CATEGORIES = ['environment', 'serviceQuality', 'customerNeed', 'communityActivity', 'salesSupport', 'other'] as const;
export type SuggestionCategory = (typeof SUGGESTION_CATEGORIES)[number];

export const SUGGESTION_TRANSITIONS: TransitionTable<SuggestionStatus, SuggestionAction> = {
  open: { answer: 'answered', withdraw: 'withdrawn' },
  answered: { accept: 'accepted', sendBack: 'returned' },
  // Sent back: the addressed side answers again; the raiser may still give up on it.
  returned: { answer: 'answered', withdraw: 'withdrawn' },
  accepted: {},
  withdrawn: {},
};

export function suggestionNextState(from: SuggestionStatus, action: SuggestionAction): SuggestionStatus {
  return nextState('suggestion', SUGGESTION_TRANSITIONS, from, action);
}

/** Who takes each step: the addressed side answers; the raising side accepts, sends back or withdraws. */
export const SUGGESTION_ACTION_PARTY: Record<SuggestionAction, 'raising' | 'addressed'> = {
  answer: 'addressed',
  accept: 'raising',
  sendBack: 'raising',
  withdraw: 'raising',
};

/** Waiting for the addressed side's answer: what the due date is about. */
export const AWAITING_ANSWER_STATUSES: readonly SuggestionStatus[] = ['open', 'returned'];
export const OPEN_SUGGESTION_STATUSES: readonly SuggestionStatus[] = ['open', 'answered', 'returned'];

export type SuggestionRefusal = 'notAddressedSide' | 'notRaisingSide';

export function suggestionRefusal(roles: readonly Role[], s: { raisedBySide: ChannelSide; addressedTo: ChannelSide }, action: SuggestionAction): SuggestionRefusal | null {
  const party = SUGGESTION_ACTION_PARTY[action];
  if (party === 'addressed') return isOnSide(roles, s.addressedTo) ? null : 'notAddressedSide';
  return isOnSide(roles, s.raisedBySide) ? null : 'notRaisingSide';
}

export function suggestionActionsFor(status: SuggestionStatus, roles: readonly Role[], s: { raisedBySide: ChannelSide; addressedTo: ChannelSide }): SuggestionAction[] {
  return allowedActions(SUGGESTION_TRANSITIONS, status).filter((a) => suggestionRefusal(roles, s, a) === null);
}

/** Overdue: still waiting for an answer after its due date (Shanghai dates compared as text). */
export function isSuggestionOverdue(s: { status: SuggestionStatus; dueDate: string }, today: string): boolean {
  return AWAITING_ANSWER_STATUSES.includes(s.status) && s.dueDate < today;
}

export type SuggestionReminderKind = 'overdue' | 'dueTomorrow';

/** Which reminder a suggestion gets today, if any: the addressed side is reminded while it owes the answer. */
export function suggestionReminderKind(s: { status: SuggestionStatus; dueDate: string }, today: string): SuggestionReminderKind | null {
  if (!AWAITING_ANSWER_STATUSES.includes(s.status)) return null;
  if (s.dueDate < today) return 'overdue';
  if (s.dueDate === nextDate(today)) return 'dueTomorrow';
  return null;
}
