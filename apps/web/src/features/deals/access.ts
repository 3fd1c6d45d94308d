import { DEAL_CANCELLER_ROLES, DEAL_RECORDER_ROLES, DEAL_WEBHOOK_ADMIN_ROLES, ONBOARDING_ROLES } from '@guanjia/domain/deals/index';
import type { AuthValue } from '../../ui/auth';

/** The property side that serves owners, and the developer's sales side that records deals. */
export function canSeeDeals(auth: AuthValue): boolean {
  return auth.hasRole(...DEAL_RECORDER_ROLES);
}

export function canRecordDeals(auth: AuthValue): boolean {
  return auth.hasRole(...DEAL_RECORDER_ROLES);
}

/** Ticking the checklist, choosing the butler, issuing the signing link: the property side. */
export function canOnboard(auth: AuthValue): boolean {
  return auth.hasRole(...ONBOARDING_ROLES);
}

export function canCancelDeals(auth: AuthValue): boolean {
  return auth.hasRole(...DEAL_CANCELLER_ROLES);
}

/** The CRM card: the company admin and the service-center manager rotate the shared secret. */
export function canManageDealWebhook(auth: AuthValue): boolean {
  return auth.hasRole(...DEAL_WEBHOOK_ADMIN_ROLES);
}
