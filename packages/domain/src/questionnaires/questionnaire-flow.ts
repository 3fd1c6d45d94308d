import type { Role } from '../auth/roles.js';
import { allowedActions, nextState, type TransitionTable } from '../shared/state-machine.js';

/**
 * A questionnaire version: built as a draft, published (the one owners fill; at most one per project),
 * retired when a newer one is published or by hand. Answers keep pointing at the version they answered.
 */
export const QUESTIONNAIRE_STATUSES = ['draft', 'published', 'retired'] as const;
export type QuestionnaireStatus = (typeof QUESTIONNAIRE_STATUSES)[number];

export const QUESTIONNAIRE_ACTIONS = ['edit', 'publish', 'retire'] as const;
export type QuestionnaireAction = (typeof QUESTIONNAIRE_ACTIONS)[number];

export const QUESTIONNAIRE_TRANSITIONS: TransitionTable<QuestionnaireStatus, QuestionnaireAction> = {
  draft: { edit: 'draft', publish: 'published' },
  published: { retire: 'retired' },
  retired: {},
};

export function questionnaireNextState(from: QuestionnaireStatus, action: QuestionnaireAction): QuestionnaireStatus {
  return nextState('questionnaire', QUESTIONNAIRE_TRANSITIONS, from, action);
}

/** Build, edit and publish questionnaires: the service-center manager and the company administrator. */
export const QUESTIONNAIRE_BUILDER_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'serviceCenterManager'];

export function questionnaireActionsFor(status: QuestionnaireStatus, roles: readonly Role[]): QuestionnaireAction[] {
  if (!roles.some((r) => QUESTIONNAIRE_BUILDER_ROLES.includes(r))) return [];
  return allowedActions(QUESTIONNAIRE_TRANSITIONS, status);
}

/** How an answer or a consent reached us: the owner on the phone, or the butler from a call or a signed sheet. */
export const ENTRY_METHODS = ['h5', 'verbal', 'paper'] as const;
export type EntryMethod = (typeof ENTRY_METHODS)[number];
export const STAFF_ENTRY_METHODS = ['verbal', 'paper'] as const;
export type StaffEntryMethod = (typeof STAFF_ENTRY_METHODS)[number];
