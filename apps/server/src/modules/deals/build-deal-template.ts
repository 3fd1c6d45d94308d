import ExcelJS from 'exceljs';
import type { Locale } from '../../platform/http/i18n.js';
import { DEAL_COLUMN_LABELS, DEAL_COLUMNS } from './deal-columns.js';

/** The import template: the header row in the caller's language and one example row. */
export async function buildDealTemplate(locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(locale === 'en' ? 'Deals' : '成交信息');
  sheet.columns = DEAL_COLUMNS.map((c) => ({ header: DEAL_COLUMN_LABELS[locale][c], key: c, width: c === 'coBuyers' ? 30 : 16 }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow({
    buildingCode: '1',
    unitCode: '1-201',
    buyerName: '张三',
    buyerPhone: '13800001111',
    buyerIdNumber: '310101199001011234',
    coBuyers: '李四/13800002222',
    signingDate: '2026-03-01',
    contractNumber: 'HT-2026-0001',
    salesConsultantName: '孙丽',
  });
  // Text format, so Excel keeps codes, phone and ID numbers as typed (no dates, no 1.38E+10).
  for (const key of DEAL_COLUMNS) sheet.getColumn(key).numFmt = '@';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
