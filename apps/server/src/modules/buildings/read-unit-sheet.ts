import { readSheet, type Sheet } from '../../platform/excel/read-sheet.js';
import { REQUIRED_UNIT_COLUMNS, unitColumnOf, type UnitColumn } from './unit-columns.js';

export type { SheetCell } from '../../platform/excel/read-sheet.js';
export type UnitSheet = Sheet<UnitColumn>;

export const MAX_IMPORT_ROWS = 5000;

/** The units sheet: 楼栋, 房号 and the optional columns, at most 5,000 rows. */
export function readUnitSheet(buffer: Buffer): Promise<UnitSheet> {
  return readSheet(buffer, {
    columnOf: unitColumnOf,
    required: REQUIRED_UNIT_COLUMNS,
    maxRows: MAX_IMPORT_ROWS,
    messages: { noRows: 'import.noRows', missingColumns: 'import.missingColumns', tooManyRows: 'import.tooManyRows' },
  });
}
