import { MESSAGING_ADMIN_ROLES, MESSAGING_READER_ROLES, MESSAGING_SENDER_ROLES } from '@guanjia/domain/messaging/message-flow';
import type { AuthValue } from '../../ui/auth';

export function canSeeMessaging(auth: AuthValue): boolean {
  return auth.hasRole(...MESSAGING_READER_ROLES);
}

/** Broadcast, resend a failed message. */
export function canSendMessages(auth: AuthValue): boolean {
  return auth.hasRole(...MESSAGING_SENDER_ROLES);
}

/** Templates and quiet hours. */
export function canAdministerMessaging(auth: AuthValue): boolean {
  return auth.hasRole(...MESSAGING_ADMIN_ROLES);
}
