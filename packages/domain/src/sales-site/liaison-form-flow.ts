import type { Role } from '../auth/roles.js';
import { epochDayToDate, parseDateToEpochDay } from '../calendar/epoch-day.js';
import { allowedActions, nextState, type TransitionTable } from '../shared/state-machine.js';

/**
 * 工作联系单: a written request from the property company's service center to a department of the
 * developer (e.g. 营销部), tracked until the property side takes the answered form back (收回).
 */
export const LIAISON_FORM_STATUSES = ['draft', 'issued', 'acknowledged', 'replied', 'returned', 'cancelled'] as const;
export type LiaisonFormStatus = (typeof LIAISON_FORM_STATUSES)[number];

export const LIAISON_FORM_ACTIONS = ['issue', 'acknowledge', 'reply', 'return', 'cancel'] as const;
export type LiaisonFormAction = (typeof LIAISON_FORM_ACTIONS)[number];

/** What the history records: the transitions plus the drafting and edits of a draft. */
export type LiaisonFormHistoryAction = LiaisonFormAction | 'create' | 'edit';

export const LIAISON_FORM_TRANSITIONS: TransitionTable<LiaisonFormStatus, LiaisonFormAction> = {
  draft: { issue: 'issued', cancel: 'cancelled' },
  issued: { acknowledge: 'acknowledged', cancel: 'cancelled' },
  acknowledged: { reply: 'replied', cancel: 'cancelled' },
  // Once answered the form is the record of the answer: it is taken back, not withdrawn.
  replied: { return: 'returned' },
  returned: {},
  cancelled: {},
};

export function liaisonFormNextState(from: LiaisonFormStatus, action: LiaisonFormAction): LiaisonFormStatus {
  return nextState('liaisonForm', LIAISON_FORM_TRANSITIONS, from, action);
}

/** Issued and not yet taken back: the forms item (3) of the opening check asks about. */
export const OPEN_LIAISON_FORM_STATUSES: readonly LiaisonFormStatus[] = ['issued', 'acknowledged', 'replied'];

export type LiaisonSide = 'property' | 'developer';

/** The property side issues, takes back and withdraws; the developer side acknowledges and replies. */
export const LIAISON_ACTION_SIDE: Record<LiaisonFormAction, LiaisonSide> = {
  issue: 'property',
  acknowledge: 'developer',
  reply: 'developer',
  return: 'property',
  cancel: 'property',
};

/** The property company's staff who write and issue forms. */
export const LIAISON_PROPERTY_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'serviceCenterManager', 'butler'];
/** The developer's people at the project who answer them (营销部现场负责人, 销售经理). */
export const LIAISON_DEVELOPER_ROLES: readonly Role[] = ['marketingLead', 'salesManager'];
/** Everyone who may read forms; the regional head follows them without acting. */
export const LIAISON_READER_ROLES: readonly Role[] = [...LIAISON_PROPERTY_ROLES, 'regionalHead', ...LIAISON_DEVELOPER_ROLES];

export function liaisonSidesOf(roles: readonly Role[]): LiaisonSide[] {
  const sides: LiaisonSide[] = [];
  if (roles.some((r) => LIAISON_PROPERTY_ROLES.includes(r))) sides.push('property');
  if (roles.some((r) => LIAISON_DEVELOPER_ROLES.includes(r))) sides.push('developer');
  return sides;
}

export type LiaisonRefusal = 'notPropertySide' | 'notDeveloperSide';

/** Whether the caller's side may take the action, whatever the state (the table answers the state). */
export function liaisonFormRefusal(roles: readonly Role[], action: LiaisonFormAction): LiaisonRefusal | null {
  const side = LIAISON_ACTION_SIDE[action];
  if (liaisonSidesOf(roles).includes(side)) return null;
  return side === 'property' ? 'notPropertySide' : 'notDeveloperSide';
}

/** The actions the state allows and the caller's side may take: the web shows exactly these buttons. */
export function liaisonFormActionsFor(status: LiaisonFormStatus, roles: readonly Role[]): LiaisonFormAction[] {
  return allowedActions(LIAISON_FORM_TRANSITIONS, status).filter((a) => liaisonFormRefusal(roles, a) === null);
}

/** The developer side sees a form once it was issued to them; a draft is the property side's own. */
export function isLiaisonFormVisibleToDeveloper(form: { issuedAt: string | null }): boolean {
  return form.issuedAt !== null;
}

/** Overdue: issued and not taken back by the end of its due date (Shanghai dates, compared as text). */
export function isLiaisonFormOverdue(form: { status: LiaisonFormStatus; dueDate: string }, today: string): boolean {
  return OPEN_LIAISON_FORM_STATUSES.includes(form.status) && form.dueDate < today;
}

/** The day after a YYYY-MM-DD date. */
export function nextDate(date: string): string {
  return epochDayToDate(parseDateToEpochDay(date) + 1);
}

export type LiaisonReminderKind = 'overdue' | 'dueTomorrow';

/** Which reminder an open form gets today, if any. */
export function liaisonReminderKind(form: { status: LiaisonFormStatus; dueDate: string }, today: string): LiaisonReminderKind | null {
  if (!OPEN_LIAISON_FORM_STATUSES.includes(form.status)) return null;
  if (form.dueDate < today) return 'overdue';
  if (form.dueDate === nextDate(today)) return 'dueTomorrow';
  return null;
}

/**
 * Who is reminded: the issuer always (they take the form back); the developer side only while the
 * next step is theirs (acknowledge or reply), not once they have answered.
 */
export function liaisonReminderRecipients(status: LiaisonFormStatus): { issuer: boolean; developer: boolean } {
  return { issuer: OPEN_LIAISON_FORM_STATUSES.includes(status), developer: status === 'issued' || status === 'acknowledged' };
}
