import { OWNER_SERVICE_ROLES } from '@guanjia/domain/owners/owner-roles';
import type { AuthValue } from '../../ui/auth';

// The same roles as the server's profile routes; the server still decides every request.
export function canSeeServiceProfiles(auth: AuthValue): boolean {
  return auth.hasRole(...OWNER_SERVICE_ROLES);
}
