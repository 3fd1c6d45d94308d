import { OWNER_VISIT_MANAGER_ROLES, OWNER_VISIT_READER_ROLES, OWNER_VISIT_RECORDER_ROLES } from '@guanjia/domain/owner-visits/index';
import type { AuthValue } from '../../ui/auth';

/** 定期回访: the butlers (their own households), the service-center manager, the company admin and the regional head. */
export function canSeeOwnerVisit(auth: AuthValue): boolean {
  return auth.hasRole(...OWNER_VISIT_READER_ROLES);
}

/** Assign butlers, set the cadence, see every butler's coverage. */
export function canManageOwnerVisits(auth: AuthValue): boolean {
  return auth.hasRole(...OWNER_VISIT_MANAGER_ROLES);
}

/** Record visits and plan dates (a butler for their own households). */
export function canRecordOwnerVisits(auth: AuthValue): boolean {
  return auth.hasRole(...OWNER_VISIT_RECORDER_ROLES);
}

/** Managers and the regional head read every butler's figures. */
export function seesEveryButler(auth: AuthValue): boolean {
  return canManageOwnerVisits(auth) || auth.hasRole('regionalHead');
}
