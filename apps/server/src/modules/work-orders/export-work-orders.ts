import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { serviceCategory } from '@guanjia/domain/service-catalog/catalog';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { translate, type Locale } from '../../platform/http/i18n.js';
import type { WorkOrderFilter, WorkOrderRow } from './list-schemas.js';
import { LIST_COLUMNS, loadRowLookups, presentWorkOrderRow } from './present-work-order-rows.js';
import { filteredWorkOrders } from './work-order-filters.js';
import './list-messages.js';
import './messages.js';

/** More than this is a data extract, not a spreadsheet; the file says when it stopped. */
export const EXPORT_ROW_LIMIT = 10_000;
const BATCH = 1_000;

const shanghai = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
const localTime = (iso: string | null) => (iso ? shanghai.format(new Date(iso)) : '');

type Column = { key: string; width: number; value: (r: WorkOrderRow, locale: Locale) => string | number };
const COLUMNS: Column[] = [
  { key: 'number', width: 18, value: (r) => r.number },
  { key: 'kind', width: 8, value: (r, l) => translate(l, `workOrderList.kind.${r.kind}`) },
  { key: 'status', width: 8, value: (r, l) => translate(l, `workOrders.status.${r.status}`) },
  { key: 'title', width: 30, value: (r) => r.title },
  { key: 'category', width: 12, value: (r) => (r.categoryNumber === null ? '' : (serviceCategory(r.categoryNumber)?.name ?? r.categoryNumber)) },
  { key: 'emergency', width: 6, value: (r, l) => (r.emergency ? translate(l, 'workOrderList.yes') : '') },
  { key: 'service', width: 18, value: (r) => [r.serviceDate, r.serviceStart].filter(Boolean).join(' ') },
  { key: 'requester', width: 12, value: (r) => r.requesterName },
  { key: 'phone', width: 14, value: (r) => r.requesterPhone ?? '' },
  { key: 'unit', width: 16, value: (r) => r.unitLabel ?? '' },
  { key: 'assignee', width: 14, value: (r) => r.assigneeName ?? '' },
  { key: 'accountable', width: 14, value: (r) => r.accountableStaff?.name ?? '' },
  { key: 'acceptDue', width: 17, value: (r) => localTime(r.acceptDueAt) },
  { key: 'completeDue', width: 17, value: (r) => localTime(r.completeDueAt) },
  { key: 'overdue', width: 6, value: (r, l) => (r.overdue ? translate(l, 'workOrderList.yes') : '') },
  { key: 'urges', width: 8, value: (r) => r.urgeCount },
  { key: 'reopens', width: 8, value: (r) => r.reopenCount },
  { key: 'satisfaction', width: 8, value: (r) => r.satisfaction ?? '' },
  { key: 'createdAt', width: 17, value: (r) => localTime(r.createdAt) },
];

export interface WorkOrderExport {
  file: Buffer;
  rows: number;
  truncated: boolean;
}

/**
 * The filtered list as an .xlsx. Phones are always masked: a file leaves the log's reach, so a full
 * number is read one at a time through the logged reveal endpoint. Read outside any
 * transaction (a long read must not hold SQLite's only connection); the export is then audited.
 */
export async function exportWorkOrders(db: Db, actor: Actor, filter: WorkOrderFilter, locale: Locale, now: string = new Date().toISOString()): Promise<WorkOrderExport> {
  // The streaming writer commits rows as they come: half the time of building the whole workbook in memory.
  const chunks: Buffer[] = [];
  const out = new PassThrough().on('data', (c: Buffer) => chunks.push(c));
  const drained = once(out, 'end');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet(translate(locale, 'workOrderList.sheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: translate(locale, `workOrderList.col.${c.key}`), key: c.key, width: c.width }));
  // Numbers like GD-20261127-0001 and phones stay text, never dates or numbers.
  for (const key of ['number', 'phone']) sheet.getColumn(key).numFmt = '@';
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();

  let cursor: string | null = null;
  let rows = 0;
  let truncated = false;
  for (;;) {
    let q = filteredWorkOrders(db, actor, filter, now).select(LIST_COLUMNS);
    if (cursor) q = q.where('id', '<', cursor);
    const want = Math.min(BATCH, EXPORT_ROW_LIMIT - rows);
    const batch = await q.orderBy('id', 'desc').limit(want + 1).execute();
    const page = batch.slice(0, want);
    const lookups = await loadRowLookups(db, page);
    for (const record of page) {
      const row = presentWorkOrderRow(actor, record, lookups, now);
      sheet.addRow(Object.fromEntries(COLUMNS.map((c) => [c.key, c.value(row, locale)]))).commit();
    }
    rows += page.length;
    if (batch.length <= want) break;
    if (rows >= EXPORT_ROW_LIMIT) {
      truncated = true;
      break;
    }
    cursor = page[page.length - 1].id;
  }
  if (truncated) {
    const note = sheet.addRow([translate(locale, 'workOrderList.truncated', { limit: EXPORT_ROW_LIMIT })]);
    note.font = { italic: true };
    note.commit();
  }
  sheet.commit();
  await workbook.commit();
  await drained;
  const file = Buffer.concat(chunks);

  await inTransaction(db, (trx) =>
    recordAudit(trx, actor, actor.companyId, {
      action: 'workOrder.export',
      entityType: 'work_order',
      entityId: filter.projectId ?? 'visible-projects',
      projectId: filter.projectId ?? null,
      after: { filter, rows, truncated },
    }),
  );
  return { file, rows, truncated };
}
