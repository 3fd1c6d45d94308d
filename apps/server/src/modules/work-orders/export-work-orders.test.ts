import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@guanjia/domain';
import type { Actor } from '../../platform/http/actor.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { EXPORT_ROW_LIMIT, exportWorkOrders } from './export-work-orders.js';
import type { WorkOrderTable } from './tables.js';
import { fixtureOrder, insertOrders } from './work-order-fixture.js';

let t: TestApp;
let rows: WorkOrderTable[];
let p1: string;
let engineering: string;

beforeAll(async () => {
  t = await createTestApp();
  p1 = t.demo.projectIds[0];
  engineering = (await t.ctx.db.selectFrom('departments').select('id').where('project_id', '=', p1).where('name', '=', '工程部').executeTakeFirstOrThrow()).id;
  await t.ctx.db.updateTable('users').set({ department_id: engineering }).where('id', '=', t.demo.users.technician).execute();
  const statuses = ['dispatched', 'inProgress', 'completed'] as const;
  rows = Array.from({ length: 30 }, (_, i) =>
    fixtureOrder(t.demo, {
      created_at: new Date(Date.parse('2026-03-01T01:00:00Z') + i * 3_600_000).toISOString(),
      status: statuses[i % 3],
      category_number: 8,
      title: `水管检修 ${i}`,
      requester_phone: `1390000${String(i).padStart(4, '0')}`,
      // Every third dispatched order waits in 工程部 with nobody named; the rest are the technician's.
      assignee_user_id: i % 9 === 0 ? null : t.demo.users.technician,
      assignee_department_id: i % 9 === 0 ? engineering : null,
      dispatch_mode: 'assign',
      emergency: i === 1 ? 1 : 0,
      complete_due_at: '2026-03-10T10:00:00.000Z',
      urge_count: i % 2,
    }),
  );
  await insertOrders(t.ctx.db, rows);
});
afterAll(async () => t.close());

async function readSheet(body: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  const out: string[][] = [];
  sheet.eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return out;
}
const byNumberDesc = (list: WorkOrderTable[]) => [...list].sort((a, b) => (a.id < b.id ? 1 : -1));

describe('GET /api/work-orders/export.xlsx', () => {
  it('butler: the filtered list as .xlsx with Chinese headers, newest first, phones masked', async () => {
    const res = await t.as('butler').get(`/api/work-orders/export.xlsx?projectId=${p1}&status=dispatched`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="work-orders-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const sheet = await readSheet(res.rawPayload);
    expect(sheet[0]).toEqual([
      '工单号', '类型', '状态', '标题', '服务类别', '紧急', '预约时间', '报事人', '联系电话', '房屋',
      '处理人', '首问责任人', '受理时限', '完成时限', '超时', '催单次数', '返工次数', '满意度', '创建时间',
    ]);
    const expected = byNumberDesc(rows.filter((r) => r.status === 'dispatched'));
    expect(sheet.slice(1).map((r) => r[0])).toEqual(expected.map((r) => r.number));
    const first = sheet[1];
    const order = expected[0];
    expect(first[2]).toBe('已派单');
    expect(first[1]).toBe('报修');
    expect(first[4]).toBe('维修服务');
    expect(first[8]).toBe(order.requester_phone!.replace(/^(\d{3})\d{4}/, '$1****'));
    expect(sheet.slice(1).every((line) => /^139\*\*\*\*\d{4}$/.test(line[8]))).toBe(true);
    expect(first[11]).toBe('管家 刘芳');
    // Shanghai time, to the minute.
    expect(first[13]).toBe('2026-03-10 18:00');
    expect(res.headers['x-export-rows']).toBe(String(expected.length));
    expect(res.headers['x-export-truncated']).toBe('false');
  });

  it('butler: the export is audited with its filter and row count', async () => {
    await t.as('butler').get(`/api/work-orders/export.xlsx?projectId=${p1}&status=completed`);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'workOrder.export')
      .where('actor_id', '=', t.demo.users.butler)
      .orderBy('at', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.project_id).toBe(p1);
    expect(JSON.parse(audit.after!)).toMatchObject({ filter: { status: ['completed'] }, rows: 10, truncated: false });
  });

  it('technician: only my orders and my pool, every phone masked (my own orders too)', async () => {
    const res = await t.as('technician').get(`/api/work-orders/export.xlsx?projectId=${p1}`);
    expect(res.statusCode).toBe(200);
    const sheet = (await readSheet(res.rawPayload)).slice(1);
    const mine = rows.filter((r) => r.assignee_user_id === t.demo.users.technician);
    const pool = rows.filter((r) => r.assignee_user_id === null && r.status === 'dispatched');
    expect(sheet).toHaveLength(mine.length + pool.length);
    for (const line of sheet) {
      const order = rows.find((r) => r.number === line[0])!;
      expect(line[8]).toBe(order.requester_phone!.replace(/^(\d{3})\d{4}/, '$1****'));
    }
  });

  it('front-line staff: every phone masked', async () => {
    const frontline: Actor = { userId: 'fl', username: 'fl', name: '前台', companyId: t.demo.companyId, kind: 'staff', roles: ['frontline' as Role], projectIds: [p1], ownerId: null, vendorId: null, departmentId: null };
    const out = await exportWorkOrders(t.ctx.db, frontline, { projectId: p1, scope: 'all', q: undefined }, 'zh-CN');
    const sheet = (await readSheet(out.file)).slice(1);
    expect(sheet).toHaveLength(rows.length);
    expect(sheet.every((line) => /^139\*\*\*\*\d{4}$/.test(line[8]))).toBe(true);
  });

  it('manager: headers and labels in English when asked', async () => {
    const res = await t.as('manager').get(`/api/work-orders/export.xlsx?projectId=${p1}&status=inProgress`, { 'accept-language': 'en' });
    const sheet = await readSheet(res.rawPayload);
    expect(sheet[0].slice(0, 3)).toEqual(['Number', 'Kind', 'Status']);
    expect(sheet[1][2]).toBe('in progress');
  });

  it('butler: a bad filter is 400 and nothing is exported', async () => {
    const res = await t.as('butler').get('/api/work-orders/export.xlsx?status=finished');
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['status']);
  });

  it('butler2: another project is 404; sales, marketing and owner 403', async () => {
    expect((await t.as('butler2').get(`/api/work-orders/export.xlsx?projectId=${p1}`)).statusCode).toBe(404);
    for (const who of ['sales', 'marketing', 'owner']) expect((await t.as(who).get(`/api/work-orders/export.xlsx?projectId=${p1}`)).statusCode).toBe(403);
  });

  it(`butler2: stops at ${EXPORT_ROW_LIMIT} rows and says so in the file and the headers`, async () => {
    const many = Array.from({ length: EXPORT_ROW_LIMIT + 1 }, () => fixtureOrder(t.demo, { project_id: t.demo.projectIds[1], accountable_staff_id: t.demo.users.butler2 }));
    await insertOrders(t.ctx.db, many);
    const res = await t.as('butler2').get(`/api/work-orders/export.xlsx?projectId=${t.demo.projectIds[1]}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-export-truncated']).toBe('true');
    const sheet = await readSheet(res.rawPayload);
    expect(sheet).toHaveLength(1 + EXPORT_ROW_LIMIT + 1);
    expect(sheet[sheet.length - 1][0]).toContain(`仅导出前 ${EXPORT_ROW_LIMIT} 条`);
    expect(new Set(sheet.slice(1, -1).map((r) => r[0])).size).toBe(EXPORT_ROW_LIMIT);
  }, 60_000);
});
