import { OWNER_SERVICE_ROLES } from '@guanjia/domain/owners/owner-roles';
import { QUESTIONNAIRE_BUILDER_ROLES } from '@guanjia/domain/questionnaires/questionnaire-flow';
import type { AuthValue } from '../../ui/auth';

// The same roles as the server's routes; the server still decides every request.
export function canSeeQuestionnaires(auth: AuthValue): boolean {
  return auth.hasRole(...OWNER_SERVICE_ROLES);
}

export function canBuildQuestionnaires(auth: AuthValue): boolean {
  return auth.hasRole(...QUESTIONNAIRE_BUILDER_ROLES);
}
