import { isApiError } from '../../ui/api';

const DATE = /\d{4}-\d{2}-\d{2}/;

/** The refusal of a too-early service date (422 LEAD_TIME, or any error on the serviceDate field). */
export function isLeadTimeError(error: unknown): boolean {
  return isApiError(error) && (error.code === 'LEAD_TIME' || error.fields?.serviceDate !== undefined);
}

/** The earliest date a refused booking may move to: from the error's details or fields, else its message. */
export function earliestDateFromError(error: unknown): string | null {
  if (!isApiError(error)) return null;
  const details = error.details ?? {};
  for (const key of ['earliestDate', 'earliestServiceDate', 'earliest', 'date']) {
    const value = details[key];
    if (typeof value === 'string' && DATE.test(value)) return DATE.exec(value)![0];
  }
  const text = [error.fields?.earliestDate, error.fields?.serviceDate, error.message].filter(Boolean).join(' ');
  return DATE.exec(text)?.[0] ?? null;
}
