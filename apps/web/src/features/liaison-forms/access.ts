import { LIAISON_PROPERTY_ROLES, LIAISON_READER_ROLES } from '@guanjia/domain/sales-site/liaison-form-flow';
import type { AuthValue } from '../../ui/auth';

/** The page: the property side, the regional head, and the developer's marketing lead and sales manager. */
export function canUseLiaisonForms(auth: AuthValue): boolean {
  return auth.hasRole(...LIAISON_READER_ROLES);
}

/** Writing new forms: the property side. */
export function canWriteLiaisonForms(auth: AuthValue): boolean {
  return auth.hasRole(...LIAISON_PROPERTY_ROLES);
}
