import type { Role } from '../auth/roles.js';
import { allowedActions, nextState, type TransitionTable } from '../shared/state-machine.js';

/**
 * One outbox message: queued until due, claimed for sending, then sent, failed for good, or back to
 * queued after a retryable error (or when quiet hours began meanwhile). Suppressed: never sent (the
 * owner opted out, no account for in-app, no address).
 */
export const MESSAGE_STATUSES = ['queued', 'sending', 'sent', 'failed', 'suppressed'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export const MESSAGE_ACTIONS = ['claim', 'deliver', 'fail', 'retryLater', 'suppress', 'resend'] as const;
export type MessageAction = (typeof MESSAGE_ACTIONS)[number];

export const MESSAGE_TRANSITIONS: TransitionTable<MessageStatus, MessageAction> = {
  queued: { claim: 'sending', suppress: 'suppressed' },
  sending: { deliver: 'sent', fail: 'failed', retryLater: 'queued', suppress: 'suppressed' },
  sent: {},
  failed: { resend: 'queued' },
  suppressed: {},
};

export function messageNextState(from: MessageStatus, action: MessageAction): MessageStatus {
  return nextState('message', MESSAGE_TRANSITIONS, from, action);
}

export function messageActions(from: MessageStatus): MessageAction[] {
  return allowedActions(MESSAGE_TRANSITIONS, from);
}

export const MESSAGE_STATUS_LABELS: Record<MessageStatus, { 'zh-CN': string; en: string }> = {
  queued: { 'zh-CN': '排队中', en: 'Queued' },
  sending: { 'zh-CN': '发送中', en: 'Sending' },
  sent: { 'zh-CN': '已发送', en: 'Sent' },
  failed: { 'zh-CN': '失败', en: 'Failed' },
  suppressed: { 'zh-CN': '未发送', en: 'Suppressed' },
};

/** Attempts before a retryable error becomes a failure. */
export const MAX_MESSAGE_ATTEMPTS = 5;

/** Wait before attempt n+1 after n failed attempts: 30 s, 60 s, 120 s … at most one hour. */
export function messageRetryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/** Read the outbox and an owner's preferences: the property side who serve owners. */
export const MESSAGING_READER_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'regionalHead', 'serviceCenterManager', 'butler'];
/** Broadcast to households, resend a failed message, record an owner's opt-outs. */
export const MESSAGING_SENDER_ROLES: readonly Role[] = ['companyAdmin', 'serviceCenterManager', 'butler'];
/** Edit the company's templates and a project's quiet hours. */
export const MESSAGING_ADMIN_ROLES: readonly Role[] = ['companyAdmin', 'serviceCenterManager'];
