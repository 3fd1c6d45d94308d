import type { TFunction } from 'i18next';

export function documentTypeLabel(t: TFunction, type: string): string {
  return t(`documentTypes.${type}`, { ns: 'approvals', defaultValue: type });
}

export function statusLabel(t: TFunction, status: string): string {
  return t(`statuses.${status}`, { ns: 'approvals', defaultValue: status });
}

export function stepLabel(t: TFunction, request: { step: number; stepCount: number }): string {
  return t('stepN', { ns: 'approvals', step: request.step, count: request.stepCount });
}

export const STATUS_COLORS: Record<string, string> = {
  pending: 'processing',
  approved: 'success',
  rejected: 'error',
  cancelled: 'default',
};

/**
 * Document types with a module behind them (POST /api/approvals itself takes only "generic"):
 * knowledgeAnswer is 统一销售口径, sales wording approved by the marketing lead; the service plan, event
 * plans and the brand showcase go to the regional head unless the company sets a chain. Other types can be typed in.
 */
export const KNOWN_DOCUMENT_TYPES: readonly string[] = ['generic', 'knowledgeAnswer', 'servicePlan', 'eventPlan', 'brandShowcase'];

/** The server's rule for a document type code (documentTypeParams). */
export const DOCUMENT_TYPE_PATTERN = /^[a-z][A-Za-z0-9._-]{0,63}$/;

/** A chain holds 1 to 10 steps (chainBody). */
export const MAX_CHAIN_STEPS = 10;
