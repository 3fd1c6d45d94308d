import { CARE_RULE_EDITOR_ROLES, CARE_STAFF_ROLES } from '@guanjia/domain/care-plans/care-flow';
import type { AuthValue } from '../../ui/auth';

/** The care page: the butler team that serves households (the server still decides every request). */
export function canSeeCarePlan(auth: AuthValue): boolean {
  return auth.hasRole(...CARE_STAFF_ROLES);
}

/** Editing the project's care rules: administrators and the service-center manager. */
export function canEditCareRules(auth: AuthValue): boolean {
  return auth.hasRole(...CARE_RULE_EDITOR_ROLES);
}
