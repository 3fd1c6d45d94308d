import { RECEPTION_READ_ROLES } from '@guanjia/domain/reception/reception-roles';
import type { AuthValue } from '../../ui/auth';

/**
 * 案场看板: whoever reads the whole sales center — company-wide roles, the service-center manager,
 * butlers, front line and the developer's sales manager (the server leaves out the blocks a role
 * may not see: complaint details, the opening check, liaison forms).
 */
export function canSeeSalesDashboard(auth: AuthValue): boolean {
  return auth.hasRole(...RECEPTION_READ_ROLES);
}
