import { AppError } from '../../platform/http/errors.js';
import { translate, type Locale } from '../../platform/http/i18n.js';
import type { ImportIssue } from './import-units.js';
import { UNIT_COLUMN_LABELS } from './unit-columns.js';

/** Enough to fix a file in a few passes without an unreadable response. */
const MAX_REPORTED = 200;

/**
 * 400 IMPORT_INVALID with one field per bad cell, named in the caller's language
 * ("第3行 房号" / "row 3 code"), so the error lists what to fix before re-uploading.
 */
export function importInvalidError(issues: ImportIssue[], locale: Locale): AppError {
  const labels = UNIT_COLUMN_LABELS[locale];
  const fields: Record<string, string> = {};
  for (const i of issues.slice(0, MAX_REPORTED)) {
    const name = locale === 'en' ? `row ${i.row} ${labels[i.column]}` : `第${i.row}行 ${labels[i.column]}`;
    fields[name] ??= translate(locale, i.reason, i.params);
  }
  return new AppError(400, 'IMPORT_INVALID', 'import.invalid', { count: issues.length }, fields);
}
