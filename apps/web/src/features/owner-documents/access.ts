import { OWNER_DOCUMENT_MANAGER_ROLES, OWNER_DOCUMENT_READER_ROLES } from '@guanjia/domain/owner-documents/owner-document-kinds';
import type { AuthValue } from '../../ui/auth';

// The same roles as the server's routes; the server still decides every request.
export function canSeeOwnerDocuments(auth: AuthValue): boolean {
  return auth.hasRole(...OWNER_DOCUMENT_READER_ROLES);
}

/** Write, edit and publish templates: the service-center manager and the company. */
export function canManageOwnerDocuments(auth: AuthValue): boolean {
  return auth.hasRole(...OWNER_DOCUMENT_MANAGER_ROLES);
}
