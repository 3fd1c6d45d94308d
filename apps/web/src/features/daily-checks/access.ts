import { DAILY_CHECK_OVERSEER_ROLES, DAILY_CHECK_READER_ROLES, DAILY_CHECK_ROLES, DAILY_CHECK_TEMPLATE_EDITOR_ROLES } from '@guanjia/domain/sales-site/daily-check';
import type { AuthValue } from '../../ui/auth';

/** The page: whoever runs or follows the opening checks (the butler, managers, the regional head). */
export function canUseDailyChecks(auth: AuthValue): boolean {
  return auth.hasRole(...DAILY_CHECK_READER_ROLES);
}

/** Starting a check, answering its lines and completing it. */
export function canRunDailyChecks(auth: AuthValue): boolean {
  return auth.hasRole(...DAILY_CHECK_ROLES);
}

/** The overview of every sales center's check of a day. */
export function canOverseeDailyChecks(auth: AuthValue): boolean {
  return auth.hasRole(...DAILY_CHECK_OVERSEER_ROLES);
}

export function canEditDailyCheckTemplate(auth: AuthValue): boolean {
  return auth.hasRole(...DAILY_CHECK_TEMPLATE_EDITOR_ROLES);
}
