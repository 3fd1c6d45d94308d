import { EVENT_PLAN_DRAFTER_ROLES, EVENT_PLAN_READER_ROLES, REHEARSAL_CONFIRMER_ROLES } from '@guanjia/domain/event-plans/event-plan-flow';
import type { AuthValue } from '../../ui/auth';

/** The plans: the service center drafts them, the regional head follows them, marketing rehearses with them. */
export function canSeeEventPlans(auth: AuthValue): boolean {
  return auth.hasRole(...EVENT_PLAN_READER_ROLES);
}

/** Drafts a new plan (the server decides each later step and answers it as `allowedActions`). */
export function canDraftEventPlans(auth: AuthValue): boolean {
  return auth.hasRole(...EVENT_PLAN_DRAFTER_ROLES);
}

/** 营销部现场负责人: sees the upcoming joint rehearsals and confirms them. */
export function isRehearsalConfirmer(auth: AuthValue): boolean {
  return auth.hasRole(...REHEARSAL_CONFIRMER_ROLES);
}
