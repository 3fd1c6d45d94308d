import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let p1: string;
let p2: string;
beforeAll(async () => {
  t = await createTestApp();
  [p1, p2] = t.demo.projectIds;
});
afterAll(async () => t.close());

type Item = { id: string; number: number; name: string; version: number; categoryNumber: number };
async function itemOf(projectId: string, category: number, number: number) {
  return t.ctx.db
    .selectFrom('service_items')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('category_number', '=', category)
    .where('number', '=', number)
    .executeTakeFirstOrThrow();
}
const auditOf = async (id: string) => (await t.ctx.db.selectFrom('audit_log').select(['action', 'before', 'after']).where('entity_id', '=', id).orderBy('at').execute());
const deptOf = async (projectId: string | null, name: string) =>
  (await t.ctx.db.selectFrom('departments').select('id').where('name', '=', name).where('project_id', projectId === null ? 'is' : '=', projectId).executeTakeFirstOrThrow()).id;
const countCustom = async () => Number((await t.ctx.db.selectFrom('service_items').select((eb) => eb.fn.countAll<number>().as('n')).where('origin', '=', 'custom').executeTakeFirstOrThrow()).n);

describe('PATCH /api/service-items/:id', () => {
  it('manager: disables, prices and routes an item of project 1; version bumps; audited before/after', async () => {
    const item = await itemOf(p1, 3, 5); // 地毯清洗
    const dept = await deptOf(p1, '保洁岗');
    const res = await t.as('manager').patch(`/api/service-items/${item.id}`, {
      enabled: false,
      priceMode: 'fixed',
      priceFen: 12800,
      unit: '平方米',
      handlerDepartmentId: dept,
      leadWorkingDays: 2,
      serviceHours: { start: '09:00', end: '17:00', days: [6, 1, 2] },
      slaAcceptMinutes: 60,
      slaCompleteMinutes: 600,
      slaBasis: 'working',
      returnVisitRequired: false,
      note: '需提前清空地面',
      version: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      name: '地毯清洗',
      enabled: false,
      priceMode: 'fixed',
      priceFen: 12800,
      unit: '平方米',
      handlerDepartmentId: dept,
      leadWorkingDays: 2,
      serviceHours: { start: '09:00', end: '17:00', days: [1, 2, 6] },
      slaAcceptMinutes: 60,
      slaCompleteMinutes: 600,
      slaBasis: 'working',
      returnVisitRequired: false,
      note: '需提前清空地面',
      version: 2,
    });
    const audit = await auditOf(item.id);
    expect(audit.map((a) => a.action)).toEqual(['update']);
    expect(JSON.parse(audit[0].before!)).toMatchObject({ enabled: 1, price_mode: 'quoted', service_hours: { start: '08:00' } });
    expect(JSON.parse(audit[0].after!)).toMatchObject({ enabled: 0, price_fen: 12800, version: 2 });
  });

  it('admin: switching to quoted clears the price; a stale version is 409; an unchanged PATCH writes nothing', async () => {
    const item = await itemOf(p1, 3, 5);
    expect((await t.as('admin').patch(`/api/service-items/${item.id}`, { enabled: true, version: 1 })).statusCode).toBe(409);
    const res = await t.as('admin').patch(`/api/service-items/${item.id}`, { priceMode: 'quoted', version: item.version });
    expect(res.json()).toMatchObject({ priceMode: 'quoted', priceFen: null, version: item.version + 1 });
    const same = await t.as('admin').patch(`/api/service-items/${item.id}`, { priceMode: 'quoted', name: '地毯清洗' });
    expect(same.json().version).toBe(item.version + 1);
    expect((await auditOf(item.id)).length).toBe(2);
  });

  it('admin: a fixed price without an amount, or an amount without a fixed price, is 400 naming priceFen', async () => {
    const item = await itemOf(p1, 1, 1);
    const none = await t.as('admin').patch(`/api/service-items/${item.id}`, { priceMode: 'fixed' });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.fields).toEqual({ priceFen: '固定价格须填写大于 0 的金额（分）' });
    const stray = await t.as('admin').patch(`/api/service-items/${item.id}`, { priceFen: 500 }, { 'accept-language': 'en' });
    expect(stray.json().error.fields).toEqual({ priceFen: 'An amount is given only with a fixed price' });
    for (const priceFen of [0, -5, 12.5]) {
      const bad = await t.as('admin').patch(`/api/service-items/${item.id}`, { priceMode: 'fixed', priceFen });
      expect([bad.statusCode, Object.keys(bad.json().error.fields)]).toEqual([400, ['priceFen']]);
    }
    expect((await itemOf(p1, 1, 1)).version).toBe(1);
  });

  it('admin: every bad field is named at once and nothing is written', async () => {
    const item = await itemOf(p1, 8, 18);
    const res = await t.as('admin').patch(`/api/service-items/${item.id}`, {
      leadWorkingDays: 31,
      slaAcceptMinutes: 0,
      slaCompleteMinutes: -1,
      slaBasis: 'lunar',
      serviceHours: { start: '20:00', end: '08:00', days: [1] },
      enabled: 'yes',
      unknown: 1,
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(
      ['enabled', 'leadWorkingDays', 'serviceHours.end', 'slaAcceptMinutes', 'slaBasis', 'slaCompleteMinutes', 'unknown'].sort(),
    );
    const days = await t.as('admin').patch(`/api/service-items/${item.id}`, { serviceHours: { start: '8:00', end: '24:00', days: [0, 8] } });
    expect(Object.keys(days.json().error.fields).sort()).toEqual(['serviceHours.days.0', 'serviceHours.days.1', 'serviceHours.end', 'serviceHours.start']);
    const dup = await t.as('admin').patch(`/api/service-items/${item.id}`, { serviceHours: { start: '08:00', end: '12:00', days: [1, 1] } });
    expect(dup.json().error.fields).toEqual({ 'serviceHours.days': '服务日不能重复' });
    expect((await itemOf(p1, 8, 18)).version).toBe(1);
    expect(await auditOf(item.id)).toEqual([]);
  });

  it('admin: a department of another project or of the developer, or a vendor not serving the project, is 400 naming the field', async () => {
    const item = await itemOf(p1, 9, 1);
    const vendorP2 = (await t.as('admin').post('/api/vendors', { name: '滨江搬家', serviceType: 'moving', projectIds: [p2] })).json().id;
    const marketing = (await t.ctx.db.selectFrom('departments').select('id').where('name', '=', '营销部').executeTakeFirstOrThrow()).id;
    const res = await t.as('admin').patch(`/api/service-items/${item.id}`, { handlerDepartmentId: await deptOf(p2, '工程部'), handlerVendorId: vendorP2 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ handlerDepartmentId: '部门不属于本楼盘或本公司', handlerVendorId: '该外包单位未服务本楼盘或已停用' });
    expect((await t.as('admin').patch(`/api/service-items/${item.id}`, { handlerDepartmentId: marketing })).statusCode).toBe(400);
    const vendorP1 = (await t.as('admin').post('/api/vendors', { name: '江湾搬家', serviceType: 'moving', projectIds: [p1] })).json().id;
    const ok = await t.as('admin').patch(`/api/service-items/${item.id}`, { handlerDepartmentId: await deptOf(p1, '客户服务部'), handlerVendorId: vendorP1 });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ handlerVendorId: vendorP1 });
    const cleared = await t.as('admin').patch(`/api/service-items/${item.id}`, { handlerDepartmentId: null, handlerVendorId: null });
    expect(cleared.json()).toMatchObject({ handlerDepartmentId: null, handlerVendorId: null });
  });

  it('admin: renaming a seeded item is 422 naming name; its note may change', async () => {
    const item = await itemOf(p1, 5, 14);
    const res = await t.as('admin').patch(`/api/service-items/${item.id}`, { name: '代接车辆' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'SEEDED_WORDING_FIXED', fields: { name: expect.any(String) } });
    expect((await itemOf(p1, 5, 14)).name).toBe('代接车');
    const note = await t.as('admin').patch(`/api/service-items/${item.id}`, { note: '限本市' });
    expect(note.json()).toMatchObject({ name: '代接车', note: '限本市' });
    expect((await t.as('admin').patch(`/api/service-items/${item.id}`, { note: '' })).json().note).toBeNull();
  });

  it('butler, technician, sales and owner: 403; manager of project 1 on a project-2 item: 404', async () => {
    const item = await itemOf(p1, 1, 2);
    for (const who of ['butler', 'technician', 'sales', 'owner', 'regional']) {
      expect((await t.as(who).patch(`/api/service-items/${item.id}`, { enabled: false })).statusCode).toBe(403);
    }
    const other = await itemOf(p2, 1, 2);
    expect((await t.as('manager').patch(`/api/service-items/${other.id}`, { enabled: false })).statusCode).toBe(404);
    expect((await t.as('admin').patch('/api/service-items/no-such-item', { enabled: false })).statusCode).toBe(404);
    expect((await itemOf(p2, 1, 2)).enabled).toBe(1);
  });
});

describe('POST /api/service-items', () => {
  it('manager: adds items above the highest printed number of the category, never into a gap', async () => {
    const a = await t.as('manager').post('/api/service-items', { projectId: p1, categoryNumber: 5, name: '代取干洗衣物' });
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({ categoryNumber: 5, number: 28, name: '代取干洗衣物', origin: 'custom', enabled: true, priceMode: 'free', leadWorkingDays: 0, note: null, version: 1 });
    const b = await t.as('manager').post('/api/service-items', { projectId: p1, categoryNumber: 5, name: '代寄快递' });
    expect(b.json().number).toBe(29);
    const transport = await t.as('admin').post('/api/service-items', { projectId: p1, categoryNumber: 7, name: '机场大巴预约' });
    expect(transport.json()).toMatchObject({ number: 6, bookable: true });
    expect((await auditOf(a.json().id)).map((x) => x.action)).toEqual(['create']);
  });

  it('admin: concurrent adds to one category never share a number (a loser is 409 and may retry)', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => t.as('admin').post('/api/service-items', { projectId: p2, categoryNumber: 10, name: `出租帐篷 ${i}` })),
    );
    expect(results.every((r) => r.statusCode === 201 || r.statusCode === 409)).toBe(true);
    const numbers = results.filter((r) => r.statusCode === 201).map((r) => r.json().number);
    expect(numbers.length).toBeGreaterThan(0);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(Math.min(...numbers)).toBe(5);
  });

  it('admin: an added repair item takes the repair defaults; given fields override them', async () => {
    const res = await t.as('admin').post('/api/service-items', {
      projectId: p2,
      categoryNumber: 8,
      name: '智能门锁安装',
      priceMode: 'fixed',
      priceFen: 20000,
      unit: '次',
      handlerDepartmentId: await deptOf(p2, '工程部'),
      leadWorkingDays: 2,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      number: 34,
      repairable: true,
      bookable: true,
      returnVisitRequired: true,
      slaBasis: 'working',
      slaCompleteMinutes: 480,
      priceMode: 'fixed',
      priceFen: 20000,
      leadWorkingDays: 2,
      serviceHours: { start: '08:00', end: '20:00', days: [1, 2, 3, 4, 5, 6, 7] },
    });
  });

  it('admin: an added item may be renamed', async () => {
    const created = (await t.as('admin').post('/api/service-items', { projectId: p1, categoryNumber: 11, name: '空置房巡查' })).json() as Item;
    const res = await t.as('admin').patch(`/api/service-items/${created.id}`, { name: '空置房定期巡查', version: 1 });
    expect(res.json()).toMatchObject({ name: '空置房定期巡查', number: 5, version: 2 });
  });

  it('bad input is 400 naming every field; a project the manager cannot see is 404; butler and owner are 403; nothing written', async () => {
    const before = await countCustom();
    const bad = await t.as('admin').post('/api/service-items', { projectId: p1, categoryNumber: 12, name: ' ', priceMode: 'fixed', leadWorkingDays: -1 });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['categoryNumber', 'leadWorkingDays', 'name']);
    const noPrice = await t.as('admin').post('/api/service-items', { projectId: p1, categoryNumber: 3, name: '沙发清洗', priceMode: 'fixed' });
    expect(noPrice.json().error.fields).toEqual({ priceFen: expect.any(String) });
    expect((await t.as('manager').post('/api/service-items', { projectId: p2, categoryNumber: 3, name: '沙发清洗' })).statusCode).toBe(404);
    for (const who of ['butler', 'owner', 'technician']) {
      expect((await t.as(who).post('/api/service-items', { projectId: p1, categoryNumber: 3, name: '沙发清洗' })).statusCode).toBe(403);
    }
    const missing = await t.as('admin').post('/api/service-items', {});
    expect(Object.keys(missing.json().error.fields).sort()).toEqual(['categoryNumber', 'name', 'projectId']);
    expect(await countCustom()).toBe(before);
  });
});
