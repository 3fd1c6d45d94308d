import type { AuthValue } from '../../ui/auth';

export function canSeeCarePlan(auth: AuthValue): boolean {
  return auth.hasRole('companyAdmin');
}
