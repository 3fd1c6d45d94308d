import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartFile } from '../../testing/multipart.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let p1: string;
let p2: string;

type Row = (string | number | null)[];
const ZH_HEADER = ['楼栋编码', '房号', '楼层', '建筑面积', '户型'];

async function xlsx(rows: Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('房屋');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(actor: string, projectId: string, file: Buffer, opts: { filename?: string; field?: string; lang?: string } = {}) {
  const { payload, headers } = multipartFile(file, opts.filename ?? 'units.xlsx', { field: opts.field });
  return t.as(actor).post(`/api/projects/${projectId}/units/import`, payload, { ...headers, ...(opts.lang ? { 'accept-language': opts.lang } : {}) });
}

const count = async (table: 'units' | 'audit_log') =>
  Number((await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

const unitOf = (projectId: string, code: string) =>
  t.ctx.db.selectFrom('units').selectAll().where('project_id', '=', projectId).where('code', '=', code).executeTakeFirst();

beforeAll(async () => {
  t = await createTestApp();
  [p1, p2] = t.demo.projectIds;
});
afterAll(async () => t.close());

describe('unit import', () => {
  it('admin: creates new units, updates changed ones, leaves identical ones, with audit rows', async () => {
    const audit = await count('audit_log');
    const file = await xlsx([
      ZH_HEADER,
      ['1', '1-701', 7, 128.5, '三室两厅'],
      [1, '1-702', '7', '96.2', null],
      ['1', '1-101', 1, 130, '三室两厅'],
      ['2', '2-101', 1, 128.5, '三室两厅'],
      [],
    ]);
    const res = await upload('admin', p1, file);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ created: 2, updated: 1, unchanged: 1 });
    expect(await unitOf(p1, '1-702')).toMatchObject({ floor: 7, area_m2: 96.2, layout: null, version: 1 });
    expect(await unitOf(p1, '1-101')).toMatchObject({ area_m2: 130, version: 2 });
    expect(await count('audit_log')).toBe(audit + 3);
    const update = await t.ctx.db.selectFrom('audit_log').selectAll().where('entity_id', '=', t.demo.ownerUnitId).where('action', '=', 'update').executeTakeFirstOrThrow();
    expect(JSON.parse(update.before!).area_m2).toBe(128.5);
    expect(JSON.parse(update.after!).area_m2).toBe(130);
  });

  it('admin: English headers work too, and an empty cell keeps the stored value', async () => {
    const file = await xlsx([
      ['buildingCode', 'code', 'floor', 'areaM2', 'layout'],
      ['1', '1-702', null, null, '两室两厅'],
    ]);
    const res = await upload('admin', p1, file);
    expect(res.json()).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(await unitOf(p1, '1-702')).toMatchObject({ floor: 7, area_m2: 96.2, layout: '两室两厅' });
  });

  it('admin: one bad row rejects the whole file, every bad cell is named, nothing is written', async () => {
    const [units, audit] = [await count('units'), await count('audit_log')];
    const file = await xlsx([
      ZH_HEADER,
      ['1', '1-801', 8, 100, '三室'],
      ['9', '9-101', 1, 100, null],
      ['1', null, 'eight', 'big', null],
      ['1', '1-801', 8, 100, null],
      [null, '1-802', 8, -5, null],
    ]);
    const res = await upload('admin', p1, file);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({
      code: 'IMPORT_INVALID',
      message: '导入文件有 7 处错误，未导入任何数据',
      fields: {
        '第3行 楼栋编码': '该楼盘没有楼栋“9”',
        '第4行 房号': '必填',
        '第4行 楼层': '须为整数',
        '第4行 建筑面积': '须为大于 0 的数字',
        '第5行 房号': '与第 2 行重复',
        '第6行 楼栋编码': '必填',
        '第6行 建筑面积': '须为大于 0 的数字',
      },
    });
    expect([await count('units'), await count('audit_log')]).toEqual([units, audit]);
    expect(await unitOf(p1, '1-801')).toBeUndefined();
  });

  it('admin: the rejection names rows in English when asked', async () => {
    const file = await xlsx([ZH_HEADER, ['1', null, 2.5, null, null]]);
    const res = await upload('admin', p1, file, { lang: 'en' });
    expect(res.json().error).toEqual({
      code: 'IMPORT_INVALID',
      message: 'The file has 2 errors; nothing was imported',
      fields: { 'row 2 code': 'Required', 'row 2 floor': 'Must be a whole number' },
    });
  });

  it("admin: building codes are the target project's own", async () => {
    const res = await upload('admin', p2, await xlsx([ZH_HEADER, ['3', '3-101', 1, 90, null]]));
    expect(res.json().error.fields).toEqual({ '第2行 楼栋编码': '该楼盘没有楼栋“3”' });
  });

  it('admin: a file that is not an .xlsx, a missing file and missing columns are 400 naming file', async () => {
    const csv = await upload('admin', p1, Buffer.from('楼栋编码,房号\n1,1-901\n'), { filename: 'units.csv' });
    expect(csv.statusCode).toBe(400);
    expect(csv.json().error.fields).toEqual({ file: '请上传 .xlsx 格式的 Excel 文件' });
    const renamed = await upload('admin', p1, Buffer.from('not a zip'), { filename: 'units.xlsx', lang: 'en' });
    expect(renamed.json().error.fields).toEqual({ file: 'Please upload an Excel file in .xlsx format' });
    const wrongField = await upload('admin', p1, await xlsx([ZH_HEADER]), { field: 'attachment' });
    expect(wrongField.json().error.fields).toEqual({ file: '必填' });
    const json = await t.as('admin').post(`/api/projects/${p1}/units/import`, { file: 'x' });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.fields).toEqual({ file: '必填' });
    const noColumns = await upload('admin', p1, await xlsx([['名称', '备注'], ['x', 'y']]));
    expect(Object.keys(noColumns.json().error.fields)).toEqual(['file']);
    const noRows = await upload('admin', p1, await xlsx([ZH_HEADER]));
    expect(noRows.json().error.fields).toEqual({ file: '文件中没有数据行' });
  });

  it('butler: gets 403 importing; butler2: gets 403 too (writes are for company administrators)', async () => {
    const file = await xlsx([ZH_HEADER, ['1', '1-901', 9, 100, null]]);
    expect((await upload('butler', p1, file)).statusCode).toBe(403);
    expect((await upload('butler2', p1, file)).statusCode).toBe(403);
    expect(await unitOf(p1, '1-901')).toBeUndefined();
  });

  it('admin: the downloaded template imports as it is', async () => {
    const template = await t.as('admin').get('/api/units/import-template');
    const res = await upload('admin', p2, template.rawPayload);
    expect(res.json()).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(await unitOf(p2, '1-0101')).toMatchObject({ floor: 1, area_m2: 128.5 });
  });
});
