import ExcelJS from 'exceljs';
import { ValidationError } from '../http/errors.js';

export type SheetCell = string | number | null;

export interface SheetRow<C extends string> {
  /** The Excel row number, as the user sees it. */
  row: number;
  cells: Partial<Record<C, SheetCell>>;
}

export interface Sheet<C extends string> {
  columns: Set<C>;
  rows: SheetRow<C>[];
}

export interface SheetLayout<C extends string> {
  /** The column a header cell names (Chinese or English wording), or undefined. */
  columnOf(header: string): C | undefined;
  required: readonly C[];
  maxRows: number;
  /** i18n keys reported on the `file` field. */
  messages: { noRows: string; missingColumns: string; tooManyRows: string };
}

/** A title line or two above the header is common in hand-made sheets. */
const HEADER_SEARCH_ROWS = 5;

/**
 * Reads the first worksheet of an uploaded .xlsx by its header row (found among the first five rows);
 * problems with the file as a whole are 400 naming `file`. Rows with no value are skipped.
 */
export async function readSheet<C extends string>(buffer: Buffer, layout: SheetLayout<C>): Promise<Sheet<C>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw new ValidationError({ file: 'upload.unreadable' });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ValidationError({ file: layout.messages.noRows });

  let headerRow = 0;
  const columnAt = new Map<number, C>();
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount) && !headerRow; r++) {
    columnAt.clear();
    sheet.getRow(r).eachCell((cell, col) => {
      const column = layout.columnOf(String(cellValue(cell.value) ?? ''));
      if (column && ![...columnAt.values()].includes(column)) columnAt.set(col, column);
    });
    if (layout.required.every((c) => [...columnAt.values()].includes(c))) headerRow = r;
  }
  if (!headerRow) throw new ValidationError({ file: layout.messages.missingColumns });

  const rows: SheetRow<C>[] = [];
  sheet.eachRow((excelRow, rowNumber) => {
    if (rowNumber <= headerRow) return;
    const cells: SheetRow<C>['cells'] = {};
    for (const [col, column] of columnAt) cells[column] = cellValue(excelRow.getCell(col).value);
    if (Object.values(cells).some((v) => v !== null)) rows.push({ row: rowNumber, cells });
  });
  if (!rows.length) throw new ValidationError({ file: layout.messages.noRows });
  if (rows.length > layout.maxRows) throw new ValidationError({ file: layout.messages.tooManyRows });
  return { columns: new Set(columnAt.values()), rows };
}

/** Numbers stay numbers; text is trimmed, empty text is null; a date cell is its calendar date; rich text, formulas and links give their text. */
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
