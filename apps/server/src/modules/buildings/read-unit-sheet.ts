import ExcelJS from 'exceljs';
import { ValidationError } from '../../platform/http/errors.js';
import { REQUIRED_UNIT_COLUMNS, unitColumnOf, type UnitColumn } from './unit-columns.js';

export type SheetCell = string | number | null;

export interface SheetRow {
  /** The Excel row number, as the user sees it. */
  row: number;
  cells: Partial<Record<UnitColumn, SheetCell>>;
}

export interface UnitSheet {
  columns: Set<UnitColumn>;
  rows: SheetRow[];
}

export const MAX_IMPORT_ROWS = 5000;
/** A title line or two above the header is common in hand-made sheets. */
const HEADER_SEARCH_ROWS = 5;

/** Reads the first worksheet; problems with the file as a whole are 400 naming `file`. */
export async function readUnitSheet(buffer: Buffer): Promise<UnitSheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw new ValidationError({ file: 'upload.unreadable' });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ValidationError({ file: 'import.noRows' });

  let headerRow = 0;
  const columnAt = new Map<number, UnitColumn>();
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount) && !headerRow; r++) {
    columnAt.clear();
    sheet.getRow(r).eachCell((cell, col) => {
      const column = unitColumnOf(String(cellValue(cell.value) ?? ''));
      if (column && ![...columnAt.values()].includes(column)) columnAt.set(col, column);
    });
    if (REQUIRED_UNIT_COLUMNS.every((c) => [...columnAt.values()].includes(c))) headerRow = r;
  }
  if (!headerRow) throw new ValidationError({ file: 'import.missingColumns' });

  const rows: SheetRow[] = [];
  sheet.eachRow((excelRow, rowNumber) => {
    if (rowNumber <= headerRow) return;
    const cells: SheetRow['cells'] = {};
    for (const [col, column] of columnAt) cells[column] = cellValue(excelRow.getCell(col).value);
    if (Object.values(cells).some((v) => v !== null)) rows.push({ row: rowNumber, cells });
  });
  if (!rows.length) throw new ValidationError({ file: 'import.noRows' });
  if (rows.length > MAX_IMPORT_ROWS) throw new ValidationError({ file: 'import.tooManyRows' });
  return { columns: new Set(columnAt.values()), rows };
}

/** Numbers stay numbers; text is trimmed, empty text is null; rich text, formulas and links give their text. */
function cellValue(v: ExcelJS.CellValue | undefined): SheetCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return cellValue(v.richText.map((p) => p.text).join(''));
  if ('formula' in v || 'sharedFormula' in v) return cellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in v) return cellValue((v as ExcelJS.CellHyperlinkValue).text);
  if ('error' in v) return String(v.error);
  return null;
}
