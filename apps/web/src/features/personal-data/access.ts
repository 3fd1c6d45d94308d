import { FULL_PERSONAL_DATA_ROLES } from '@guanjia/domain/auth/roles';
import { PERSONAL_DATA_AUDIT_ROLES, PERSONAL_DATA_REVIEWER_ROLES } from '@guanjia/domain/personal-data/index';
import type { AuthValue } from '../../ui/auth';

/** The 个人信息保护 page: reviewers of requests, auditors of the read log, and those who export for an owner. */
export function canSeePersonalData(auth: AuthValue): boolean {
  return canReviewRequests(auth) || canReadLog(auth) || canExportForOwner(auth);
}

/** Approve or refuse an owner's erasure request. */
export function canReviewRequests(auth: AuthValue): boolean {
  return auth.hasRole(...PERSONAL_DATA_REVIEWER_ROLES);
}

/** See the requests (reviewers and auditors). */
export function canSeeRequests(auth: AuthValue): boolean {
  return canReviewRequests(auth) || canReadLog(auth);
}

/** 查看记录: the log of full numbers revealed. */
export function canReadLog(auth: AuthValue): boolean {
  return auth.hasRole(...PERSONAL_DATA_AUDIT_ROLES);
}

/** Produce an owner's data copy on their request. */
export function canExportForOwner(auth: AuthValue): boolean {
  return auth.hasRole(...FULL_PERSONAL_DATA_ROLES);
}

/** Reveal a full phone or ID number (each reveal logged); the server checks the project again. */
export function canRevealPersonalData(auth: AuthValue): boolean {
  return auth.me.user.kind === 'staff' && auth.hasRole(...FULL_PERSONAL_DATA_ROLES);
}
