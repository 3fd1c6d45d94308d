import type { Role } from '../auth/roles.js';
import { SERVICE_PROFILE_EDITOR_ROLES } from '../service-profiles/profile-vocabulary.js';
import type { TransitionTable } from '../shared/state-machine.js';

/**
 * A care suggestion: offered by the rules, then accepted as suggested, accepted with changes
 * (adjusted) or declined with a reason. A declined one comes back only when the profile changes in
 * what the rules read (resuggest, by the system) or when the butler reconsiders it; one the profile
 * no longer matches is withdrawn until it matches again.
 */
export const CARE_SUGGESTION_STATUSES = ['suggested', 'accepted', 'adjusted', 'declined', 'withdrawn'] as const;
export type CareSuggestionStatus = (typeof CARE_SUGGESTION_STATUSES)[number];
export type CareSuggestionAction = 'accept' | 'adjust' | 'decline' | 'withdraw' | 'reconsider' | 'resuggest';

export const CARE_SUGGESTION_FLOW: TransitionTable<CareSuggestionStatus, CareSuggestionAction> = {
  suggested: { accept: 'accepted', adjust: 'adjusted', decline: 'declined', withdraw: 'withdrawn' },
  accepted: {},
  adjusted: {},
  declined: { reconsider: 'suggested', resuggest: 'suggested' },
  withdrawn: { resuggest: 'suggested' },
};

/** The butler's own actions; withdraw and resuggest are the rules' (the refresh after a profile change). */
export const CARE_SUGGESTION_STAFF_ACTIONS: readonly CareSuggestionAction[] = ['accept', 'adjust', 'decline', 'reconsider'];

/**
 * Whether the refresh offers a closed suggestion again: a withdrawn one as soon as it matches, a
 * declined one only when the profile basis it was declined on has changed.
 */
export function shouldResuggest(status: CareSuggestionStatus, declinedBasis: string | null, currentBasis: string): boolean {
  if (status === 'withdrawn') return true;
  if (status === 'declined') return declinedBasis !== currentBasis;
  return false;
}

/** A recurring care plan: creates its work orders on schedule while active. */
export const CARE_PLAN_STATUSES = ['active', 'paused', 'ended'] as const;
export type CarePlanStatus = (typeof CARE_PLAN_STATUSES)[number];
export type CarePlanAction = 'pause' | 'resume' | 'end';

export const CARE_PLAN_FLOW: TransitionTable<CarePlanStatus, CarePlanAction> = {
  active: { pause: 'paused', end: 'ended' },
  paused: { resume: 'active', end: 'ended' },
  ended: {},
};

/** Who reads rules, works the suggestions and keeps the plans: the butler team (as for service profiles). */
export const CARE_STAFF_ROLES: readonly Role[] = SERVICE_PROFILE_EDITOR_ROLES;
/** Who edits a project's care rules: its administrators and managers, not the butlers themselves. */
export const CARE_RULE_EDITOR_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'regionalHead', 'serviceCenterManager'];
