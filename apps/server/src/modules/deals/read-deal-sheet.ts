import { readSheet, type SheetRow } from '../../platform/excel/read-sheet.js';
import { dealColumnOf, REQUIRED_DEAL_COLUMNS, type DealColumn } from './deal-columns.js';

export type { SheetCell } from '../../platform/excel/read-sheet.js';
export type DealSheetRow = SheetRow<DealColumn>;

export const MAX_DEAL_IMPORT_ROWS = 2000;

/** The deals sheet (the template's Chinese headers), at most 2,000 rows. */
export async function readDealSheet(buffer: Buffer): Promise<DealSheetRow[]> {
  const sheet = await readSheet(buffer, {
    columnOf: dealColumnOf,
    required: REQUIRED_DEAL_COLUMNS,
    maxRows: MAX_DEAL_IMPORT_ROWS,
    messages: { noRows: 'deal.import.noRows', missingColumns: 'deal.import.missingColumns', tooManyRows: 'deal.import.tooManyRows' },
  });
  return sheet.rows;
}
