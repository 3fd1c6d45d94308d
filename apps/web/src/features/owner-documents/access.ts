import { OWNER_SERVICE_ROLES } from '@guanjia/domain/owners/owner-roles';
import type { AuthValue } from '../../ui/auth';

export function canSeeOwnerDocuments(auth: AuthValue): boolean {
  return auth.hasRole(...OWNER_SERVICE_ROLES);
}
