import type { AuthValue } from '../../ui/auth';

export function canSeeLifeSecretary(auth: AuthValue): boolean {
  return auth.hasRole('companyAdmin');
}
