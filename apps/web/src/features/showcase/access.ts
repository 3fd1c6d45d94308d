import { HANDOUT_RECORDER_ROLES, SHOWCASE_EDITOR_ROLES, SHOWCASE_MANAGER_ROLES, SHOWCASE_READER_ROLES } from '@guanjia/domain/showcase/showcase-flow';
import type { AuthValue } from '../../ui/auth';

/** 物业形象展示区: the service center runs it, the regional head approves and trains, marketing and front-line staff read it. */
export function canSeeShowcase(auth: AuthValue): boolean {
  return auth.hasRole(...SHOWCASE_READER_ROLES);
}

/** Drafts the plan, keeps the publicity library and puts explainers on duty. */
export function canEditShowcase(auth: AuthValue): boolean {
  return auth.hasRole(...SHOWCASE_EDITOR_ROLES);
}

/** Keeps the explainer roster and training, the work instruction and the visitors' code. */
export function canManageShowcase(auth: AuthValue): boolean {
  return auth.hasRole(...SHOWCASE_MANAGER_ROLES);
}

export function canRecordHandouts(auth: AuthValue): boolean {
  return auth.hasRole(...HANDOUT_RECORDER_ROLES);
}
