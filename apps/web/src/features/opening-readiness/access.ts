import type { Role } from '../../ui/roles';
import type { AuthValue } from '../../ui/auth';

// The same roles the server's opening-readiness routes allow; the server still decides every request.
/** Read the overview and a project's readiness: the company, its service centers and the developer's marketing lead. */
export const READINESS_READER_ROLES: Role[] = ['systemAdmin', 'companyAdmin', 'regionalHead', 'serviceCenterManager', 'butler', 'marketingLead'];
/** Set and move a project's opening dates. */
export const OPENING_DATES_WRITER_ROLES: Role[] = ['companyAdmin', 'regionalHead', 'serviceCenterManager'];
/** Work the milestones (owner, done, reopen) and the equipment configuration list. */
export const READINESS_WORKER_ROLES: Role[] = ['serviceCenterManager', 'butler'];

export function canSeeOpeningReadiness(auth: AuthValue): boolean {
  return auth.hasRole(...READINESS_READER_ROLES);
}

export function canSetOpeningDates(auth: AuthValue): boolean {
  return auth.hasRole(...OPENING_DATES_WRITER_ROLES);
}

export function canWorkReadiness(auth: AuthValue): boolean {
  return auth.hasRole(...READINESS_WORKER_ROLES);
}
