import type { AuthValue } from '../../ui/auth';

export function canSeePersonalData(auth: AuthValue): boolean {
  return auth.hasRole('companyAdmin');
}
