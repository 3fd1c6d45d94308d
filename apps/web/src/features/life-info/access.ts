import { LIFE_INFO_EDITOR_ROLES, LIFE_INFO_READER_ROLES } from '@guanjia/domain/life-info/life-info';
import type { AuthValue } from '../../ui/auth';

/** The directory page: the property side that serves owners (the regional head reads). */
export function canSeeLifeInfo(auth: AuthValue): boolean {
  return auth.hasRole(...LIFE_INFO_READER_ROLES);
}

/** Adding, editing, publishing entries. */
export function canEditLifeInfo(auth: AuthValue): boolean {
  return auth.hasRole(...LIFE_INFO_EDITOR_ROLES);
}
