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
