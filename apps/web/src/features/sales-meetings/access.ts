import { SALES_MEETING_READER_ROLES, SALES_MEETING_RECORDER_ROLES } from '@guanjia/domain/sales-site/meeting-issue-flow';
import type { AuthValue } from '../../ui/auth';

/** The page: the property side, the regional head, and the developer's sales manager and marketing lead. */
export function canUseSalesMeetings(auth: AuthValue): boolean {
  return auth.hasRole(...SALES_MEETING_READER_ROLES);
}

/** Recording meetings and raising issues: the butler and the property side's managers. */
export function canRecordSalesMeetings(auth: AuthValue): boolean {
  return auth.hasRole(...SALES_MEETING_RECORDER_ROLES);
}
