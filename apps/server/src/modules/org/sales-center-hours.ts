import { ValidationError } from '../../platform/http/errors.js';

/** Opening hours are "HH:MM" strings, so text order is time order. */
export function assertOpeningHours(openTime: string | null | undefined, closeTime: string | null | undefined): void {
  if (openTime && closeTime && closeTime <= openTime) throw new ValidationError({ closeTime: 'org.closeBeforeOpen' });
}
