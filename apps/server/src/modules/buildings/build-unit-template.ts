import ExcelJS from 'exceljs';
import { translate, type Locale } from '../../platform/http/i18n.js';
import { UNIT_COLUMN_LABELS, UNIT_COLUMNS } from './unit-columns.js';

/** The import template: the header row in the caller's language and one example row. */
export async function buildUnitTemplate(locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(translate(locale, 'import.sheetTitle'));
  sheet.columns = UNIT_COLUMNS.map((c) => ({ header: UNIT_COLUMN_LABELS[locale][c], key: c, width: 16 }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow({ buildingCode: '1', code: '1-0101', floor: 1, areaM2: 128.5, layout: translate(locale, 'import.exampleLayout') });
  // Text format, so Excel keeps "1-0101" as typed instead of turning it into a date.
  sheet.getColumn('buildingCode').numFmt = '@';
  sheet.getColumn('code').numFmt = '@';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
