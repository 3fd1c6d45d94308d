import type { AuthValue } from '../../ui/auth';

export function canSeeOwnerVisit(auth: AuthValue): boolean {
  return auth.hasRole('companyAdmin');
}
