import type { Role } from '../auth/roles.js';
import { allowedActions, nextState, type TransitionTable } from '../shared/state-machine.js';

/** What an owner may ask for under PIPL: a copy of their data, or its erasure. */
export const PERSONAL_DATA_REQUEST_KINDS = ['export', 'erasure'] as const;
export type PersonalDataRequestKind = (typeof PERSONAL_DATA_REQUEST_KINDS)[number];

export const PERSONAL_DATA_REQUEST_STATES = ['requested', 'approved', 'done', 'refused'] as const;
export type PersonalDataRequestState = (typeof PERSONAL_DATA_REQUEST_STATES)[number];

export const PERSONAL_DATA_REQUEST_ACTIONS = ['approve', 'refuse', 'complete'] as const;
export type PersonalDataRequestAction = (typeof PERSONAL_DATA_REQUEST_ACTIONS)[number];

/**
 * requested → approved → done, or requested → refused (with a reason). An erasure is approved and
 * completed in one transaction; an export the owner downloads is both at once. done and refused are final.
 */
export const PERSONAL_DATA_REQUEST_TRANSITIONS: TransitionTable<PersonalDataRequestState, PersonalDataRequestAction> = {
  requested: { approve: 'approved', refuse: 'refused' },
  approved: { complete: 'done' },
  done: {},
  refused: {},
};

export function personalDataRequestNextState(from: PersonalDataRequestState, action: PersonalDataRequestAction): PersonalDataRequestState {
  return nextState('personalDataRequest', PERSONAL_DATA_REQUEST_TRANSITIONS, from, action);
}

/** Who decides an owner's request (erasure is irreversible, so not the butler alone). */
export const PERSONAL_DATA_REVIEWER_ROLES: readonly Role[] = ['companyAdmin', 'serviceCenterManager'];

/** Who reads the log of full reads: the company's administrators and those who audit. */
export const PERSONAL_DATA_AUDIT_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'regionalHead'];

/** The actions a reviewer is offered on a request (approve / refuse while requested). */
export function personalDataRequestActionsFor(state: PersonalDataRequestState, roles: readonly Role[]): PersonalDataRequestAction[] {
  if (!roles.some((r) => PERSONAL_DATA_REVIEWER_ROLES.includes(r))) return [];
  return allowedActions(PERSONAL_DATA_REQUEST_TRANSITIONS, state).filter((a) => a !== 'complete');
}
