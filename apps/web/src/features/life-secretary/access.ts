import { GREETING_ADMIN_ROLES, LIFE_SECRETARY_READER_ROLES, LIFE_SECRETARY_WRITER_ROLES } from '@guanjia/domain/life-secretary/roles';
import type { AuthValue } from '../../ui/auth';

/** The page: the property side who serve owners, the front desk, the regional head (reads). */
export function canSeeLifeSecretary(auth: AuthValue): boolean {
  return auth.hasRole(...LIFE_SECRETARY_READER_ROLES);
}

/** Recording wake-up calls and messages for households, cancelling, confirming by call. */
export function canWriteLifeSecretary(auth: AuthValue): boolean {
  return auth.hasRole(...LIFE_SECRETARY_WRITER_ROLES);
}

/** A project's greeting settings. */
export function canSetGreetings(auth: AuthValue): boolean {
  return auth.hasRole(...GREETING_ADMIN_ROLES);
}
