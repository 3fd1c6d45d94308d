import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { multipartFile } from '../../testing/multipart.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

// Monday 2026-03-02, 10:00 in Shanghai.
const NOW = new Date('2026-03-02T02:00:00Z');
const HEADER = ['楼栋', '房号', '买受人', '手机号', '证件号', '共同买受人(姓名/手机;…)', '签约日期', '合同编号', '销售顾问'];

let t: TestApp;
let p1: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  p1 = t.demo.projectIds[0];
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

async function xlsx(rows: unknown[][], header = HEADER): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('成交');
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const upload = async (who: string, file: Buffer, headers: Record<string, string> = {}) => {
  const { payload, headers: h } = multipartFile(file, '成交.xlsx');
  return t.as(who).post(`/api/projects/${p1}/deals/import`, payload, { ...h, ...headers });
};
const count = async (table: 'deals' | 'owners' | 'households') => Number((await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('deals: Excel import', () => {
  it('anyone recording: downloads the template with the Chinese header row', async () => {
    const res = await t.as('sales').get('/api/deals/import-template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    expect((wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    expect((await t.as('technician').get('/api/deals/import-template')).statusCode).toBe(403);
  });

  it('sales consultant: a good file records every row with owners and co-buyers; a second upload with the same contract numbers updates', async () => {
    const rows = [
      ['1', '1-501', '叶青', 13811110001, '', '叶父/13811110002;叶母', '2026-02-20', 'IMP-001', '孙丽'],
      [2, '2-501', '罗成', '13811110003', '310101198808080018', '', new Date('2026-02-21T00:00:00Z'), 'IMP-002', ''],
    ];
    const res = await upload('sales', await xlsx(rows));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 2, updated: 0 });
    const list = (await t.as('butler').get(`/api/projects/${p1}/deals?q=IMP-`)).json().items as { buyer: { name: string; phone: string }; coBuyers: { name: string; phone: string | null }[]; source: string; signingDate: string }[];
    const ye = list.find((d) => d.buyer.name === '叶青')!;
    expect(ye).toMatchObject({ source: 'import', signingDate: '2026-02-20', buyer: { phone: '138****0001' }, coBuyers: [{ name: '叶父', phone: '138****0002' }, { name: '叶母', phone: null }] });
    expect(list.find((d) => d.buyer.name === '罗成')!.signingDate).toBe('2026-02-21');

    const owners = await count('owners');
    rows[0]![3] = '13811110009';
    const again = await upload('butler', await xlsx(rows));
    expect(again.json()).toEqual({ created: 0, updated: 2 });
    // The co-buyer without a phone (叶母) is matched by name on the deal, so no twin owner appears.
    expect(await count('owners')).toBe(owners);
    const updated = (await t.as('butler').get(`/api/projects/${p1}/deals?q=IMP-001`)).json().items[0];
    expect(updated.buyer.phone).toBe('138****0009');
  });

  it('any bad row: 422 listing row, column and reason in Chinese, and nothing is written', async () => {
    const before = await Promise.all([count('deals'), count('owners'), count('households')]);
    const res = await upload(
      'butler',
      await xlsx([
        ['1', '1-502', '好人', '13811110011', '', '', '2026-02-20', 'IMP-010', ''],
        ['9', '1-503', '', 'abc', '12', '甲/bad', '2026-03-05', '', ''],
        ['1', '1-599', '乙', '13811110012', '', '', '2026/02/20', 'IMP-010', ''],
        ['1', '1-502', '丙', '13811110013', '', '', '', '', ''],
      ]),
    );
    expect(res.statusCode, res.body).toBe(422);
    const error = res.json().error;
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.message).toBe('导入文件有 11 处错误，未导入任何数据');
    expect(error.fields).toMatchObject({
      '第3行 楼栋': '本项目没有楼栋“9”',
      '第3行 买受人': '必填',
      '第3行 手机号': '手机号格式不正确',
      '第3行 证件号': '证件号格式不正确',
      '第3行 共同买受人(姓名/手机;…)': '“甲/bad”格式不正确，应为 姓名/手机，多人用分号隔开',
      '第3行 签约日期': '签约日期不能晚于今天',
      '第4行 房号': '该楼栋没有房号“1-599”',
      '第4行 签约日期': '日期格式应为 YYYY-MM-DD',
      '第4行 合同编号': '与第 2 行重复',
      '第5行 房号': '与第 2 行重复',
      '第5行 签约日期': '必填',
    });
    expect(error.details.rows[0]).toEqual({ row: 3, column: 'buildingCode', columnLabel: '楼栋', reason: '本项目没有楼栋“9”' });
    expect(await Promise.all([count('deals'), count('owners'), count('households')])).toEqual(before);
  });

  it('a row a rule refuses while recording (another owner on 1-101) rolls back the rows before it', async () => {
    const before = await Promise.all([count('deals'), count('owners'), count('households')]);
    const res = await upload(
      'butler',
      await xlsx([
        ['1', '1-502', '好人', '13811110011', '', '', '2026-02-20', 'IMP-020', ''],
        ['1', '1-101', '冒名', '13811110021', '', '', '2026-02-20', 'IMP-021', ''],
      ]),
      { 'accept-language': 'en' },
    );
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.fields).toEqual({ 'row 3 unit': 'Unit 1-101 already has the owner 吴先生; cancel that deal first' });
    expect(await Promise.all([count('deals'), count('owners'), count('households')])).toEqual(before);
  });

  it('a file without the required columns, or not an .xlsx, is 400 naming file; technicians 403; project-2 staff 404', async () => {
    const res = await upload('butler', await xlsx([['x']], ['姓名']));
    expect([res.statusCode, res.json().error.fields]).toEqual([400, { file: '缺少必需的列：楼栋、房号、买受人、手机号、签约日期' }]);
    const { payload, headers } = multipartFile(Buffer.from('a,b'), 'deals.csv');
    expect((await t.as('butler').post(`/api/projects/${p1}/deals/import`, payload, headers)).json().error.fields).toEqual({ file: '请上传 .xlsx 格式的 Excel 文件' });
    expect((await upload('technician', await xlsx([])).then((r) => r.statusCode))).toBe(403);
    expect((await upload('butler2', await xlsx([])).then((r) => r.statusCode))).toBe(404);
  });
});
