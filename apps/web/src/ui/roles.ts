import { ROLE_LABELS, ROLES, type Role } from '@guanjia/domain/auth/roles';
import type { Language } from './language';

export { ROLES, type Role };

export const ADMIN_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin'];
export const AUDIT_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'regionalHead'];

/** Roles a company administrator may grant to a staff account. */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'owner' && r !== 'systemAdmin');

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function roleLabel(role: string, lng: Language): string {
  return isRole(role) ? ROLE_LABELS[role][lng] : role;
}
