import type { FormInstance } from 'antd';
import { ApiError } from './api';
import { i18n } from './i18n';

type NamePath = (string | number)[];

/** Server field keys are dotted paths ("createAccount.username", "projectIds.0"). */
export function toNamePath(key: string): NamePath {
  return key.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function registeredFieldKeys(form: FormInstance): Set<string> {
  const keys = new Set<string>();
  form.getFieldsValue(true, (meta) => {
    if (meta) keys.add(meta.name.join('.'));
    return false;
  });
  return keys;
}

export interface AppliedFieldErrors {
  applied: string[];
  unmatched: Record<string, string>;
}

/** Puts the server's `fields` errors under the matching Form.Item; returns the ones no field shows. */
export function applyFieldErrors(form: FormInstance, error: unknown): AppliedFieldErrors {
  const result: AppliedFieldErrors = { applied: [], unmatched: {} };
  if (!(error instanceof ApiError) || !error.fields) return result;
  const registered = registeredFieldKeys(form);
  const fields: { name: NamePath; errors: string[] }[] = [];
  for (const [key, why] of Object.entries(error.fields)) {
    // An error on "projectIds.0" belongs to the "projectIds" select.
    const match = [key, key.replace(/\.\d+$/, '')].find((candidate) => registered.has(candidate));
    if (match) {
      fields.push({ name: toNamePath(match), errors: [why] });
      result.applied.push(match);
    } else {
      result.unmatched[key] = why;
    }
  }
  if (fields.length > 0) form.setFields(fields);
  return result;
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return i18n.t('common:errors.unknown');
}

interface MessageApi {
  error: (content: string) => unknown;
}

/** Shows a failed form submission: field errors inline, anything else as a message. */
export function reportFormError(form: FormInstance, error: unknown, message: MessageApi): void {
  const { applied, unmatched } = applyFieldErrors(form, error);
  // "_" is the server's key for a problem with the request as a whole.
  const rest = Object.entries(unmatched).map(([key, why]) => (key === '_' ? why : `${key}: ${why}`));
  if (applied.length === 0 || rest.length > 0) {
    message.error(rest.length > 0 ? `${errorMessage(error)} ${rest.join('; ')}` : errorMessage(error));
  }
}
