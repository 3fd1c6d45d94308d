import { maskEmail, maskPhone } from '@guanjia/domain';
import { MESSAGING_SENDER_ROLES } from '@guanjia/domain/messaging/index';
import type { Actor } from '../../platform/http/actor.js';
import { hasRole } from '../../platform/http/access.js';
import { translate, type Locale } from '../../platform/http/i18n.js';
import type { MessageListRow } from './list-messages.js';
import type { MessageView } from './schemas.js';

/** Reason codes the platform writes; anything else is the provider's own words, shown as they came. */
export const REASON_CODES = ['optedOut', 'noAccount', 'noPhone', 'noEmail', 'smsNotConfigured', 'emailNotConfigured', 'smsTemplateMissing', 'cancelled'] as const;

export function reasonText(locale: Locale, error: string | null): string | null {
  if (!error) return null;
  return (REASON_CODES as readonly string[]).includes(error) ? translate(locale, `messaging.reason.${error}`) : error;
}

/** The address as the outbox shows it to staff: always masked (the outbox offers no reveal). */
export function maskAddress(channel: MessageListRow['channel'], address: string | null): string | null {
  if (channel === 'sms') return maskPhone(address);
  if (channel === 'email') return maskEmail(address);
  return address;
}

export function presentMessage(r: MessageListRow, actor: Actor, locale: Locale): MessageView {
  const address = maskAddress(r.channel, r.address);
  return {
    id: r.id,
    projectId: r.project_id,
    channel: r.channel,
    topic: r.topic,
    owner: r.owner_id ? { id: r.owner_id, name: r.owner_name ?? '' } : null,
    user: r.user_id ? { id: r.user_id, name: r.user_name ?? '' } : null,
    address,
    title: r.title,
    body: r.body,
    status: r.status,
    attempts: r.attempts,
    urgent: r.urgent === 1,
    requestedTime: r.requested_time === 1,
    notBefore: r.not_before,
    deferred: r.not_before > r.created_at,
    nextAttemptAt: r.next_attempt_at,
    providerMessageId: r.provider_message_id,
    lastError: r.last_error,
    lastErrorText: reasonText(locale, r.last_error),
    sentAt: r.sent_at,
    broadcastId: r.broadcast_id,
    createdAt: r.created_at,
    allowedActions: r.status === 'failed' && hasRole(actor, ...MESSAGING_SENDER_ROLES) ? ['resend'] : [],
  };
}
