import { AppError } from '../../platform/http/errors.js';
import { translate, type Locale } from '../../platform/http/i18n.js';
import { DEAL_COLUMN_LABELS } from './deal-columns.js';
import type { DealImportIssue } from './import-deals.js';

/** Enough to fix a file in a few passes without an unreadable response. */
const MAX_REPORTED = 200;

/**
 * 422 IMPORT_INVALID: nothing was written. `fields` names each bad cell ("第3行 手机号") for a form,
 * `details.rows` lists row, column and reason for a table, all in the caller's language.
 */
export function dealImportInvalidError(issues: DealImportIssue[], locale: Locale): AppError {
  const labels = DEAL_COLUMN_LABELS[locale];
  const fields: Record<string, string> = {};
  const rows = issues.slice(0, MAX_REPORTED).map((i) => {
    const reason = translate(locale, i.reason, i.params);
    fields[locale === 'en' ? `row ${i.row} ${labels[i.column]}` : `第${i.row}行 ${labels[i.column]}`] ??= reason;
    return { row: i.row, column: i.column, columnLabel: labels[i.column], reason };
  });
  return new AppError(422, 'IMPORT_INVALID', 'deal.import.invalid', { count: issues.length }, fields, { rows });
}
