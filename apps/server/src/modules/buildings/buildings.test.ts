import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let p1: string;
let p2: string;
let p1Building1: string;
let p2Building1: string;

const count = async (table: 'buildings' | 'units' | 'audit_log') =>
  Number((await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  t = await createTestApp();
  [p1, p2] = t.demo.projectIds;
  p1Building1 = (await t.as('admin').get(`/api/projects/${p1}/buildings`)).json().items[0].id;
  p2Building1 = (await t.as('admin').get(`/api/projects/${p2}/buildings`)).json().items[0].id;
});
afterAll(async () => t.close());

describe('buildings and units: who may read and write', () => {
  const cases: [string, string, 'get' | 'post', () => string, unknown, number][] = [
    ['butler2', 'gets 404 for a project-1 building', 'get', () => `/api/buildings/${p1Building1}`, undefined, 404],
    ['butler2', 'gets 404 for a project-1 unit', 'get', () => `/api/units/${t.demo.ownerUnitId}`, undefined, 404],
    ['butler2', "gets 404 for project 1's units list", 'get', () => `/api/projects/${p1}/units`, undefined, 404],
    ['butler2', "gets 404 for project 1's buildings list", 'get', () => `/api/projects/${p1}/buildings`, undefined, 404],
    ['butler', "reads project 1's buildings", 'get', () => `/api/projects/${p1}/buildings`, undefined, 200],
    ['butler', "reads project 1's units", 'get', () => `/api/projects/${p1}/units`, undefined, 200],
    ['butler', 'reads a project-1 unit', 'get', () => `/api/units/${t.demo.ownerUnitId}`, undefined, 200],
    ['butler', 'gets 403 creating a building', 'post', () => `/api/projects/${p1}/buildings`, { name: '9号楼', code: '9' }, 403],
    ['manager', 'gets 403 creating a unit', 'post', () => `/api/projects/${p1}/units`, { buildingId: p1Building1, code: '1-901' }, 403],
    ['owner', 'gets 403 reading buildings', 'get', () => `/api/projects/${p1}/buildings`, undefined, 403],
    ['admin', 'gets 404 for an unknown project', 'get', () => '/api/projects/nope/units', undefined, 404],
  ];
  it.each(cases)('%s: %s', async (actor, _what, method, url, body, status) => {
    const res = method === 'get' ? await t.as(actor).get(url()) : await t.as(actor).post(url(), body as object);
    expect(res.statusCode).toBe(status);
  });
});

describe('buildings (admin)', () => {
  it('creates a building with an audit row', async () => {
    const res = await t.as('admin').post(`/api/projects/${p1}/buildings`, { name: '8号楼', code: '8', floors: 18 });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ projectId: p1, name: '8号楼', code: '8', floors: 18, version: 1 });
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('entity_id', '=', res.json().id).executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'create', entity_type: 'building', project_id: p1 });
  });

  it('a duplicate building code in the project is 409 naming code; the same code in project 2 is fine', async () => {
    const before = await count('buildings');
    const res = await t.as('admin').post(`/api/projects/${p1}/buildings`, { name: '又一个1号楼', code: '1' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'DUPLICATE', message: '编码“1”已存在', fields: { code: '编码“1”已存在' } });
    expect(await count('buildings')).toBe(before);
    expect((await t.as('admin').post(`/api/projects/${p2}/buildings`, { name: '8号楼', code: '8' })).statusCode).toBe(201);
  });

  it('invalid input is 400 naming each field and writes nothing', async () => {
    const [buildings, audit] = [await count('buildings'), await count('audit_log')];
    const res = await t.as('admin').post(`/api/projects/${p1}/buildings`, { name: '', floors: 0, colour: 'red' }, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ name: 'Required', code: 'Required', floors: 'Must be at least 1', colour: 'Field not allowed' });
    expect([await count('buildings'), await count('audit_log')]).toEqual([buildings, audit]);
  });

  it('PATCH: stale version is 409; current version updates and audits before/after', async () => {
    const b = (await t.as('admin').post(`/api/projects/${p2}/buildings`, { name: '9号楼', code: '9', floors: 6 })).json();
    const stale = await t.as('admin').patch(`/api/buildings/${b.id}`, { floors: 7, version: 2 }, { 'accept-language': 'en' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toEqual({ code: 'STALE_UPDATE', message: 'This record was changed by someone else; refresh and try again' });
    const ok = await t.as('admin').patch(`/api/buildings/${b.id}`, { floors: 7, version: 1 });
    expect(ok.json()).toMatchObject({ floors: 7, version: 2 });
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('entity_id', '=', b.id).where('action', '=', 'update').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before!)).toMatchObject({ floors: 6, version: 1 });
    expect(JSON.parse(audit.after!)).toMatchObject({ floors: 7, version: 2 });
  });

  it('PATCH to a code already used in the project is 409 naming code', async () => {
    const res = await t.as('admin').patch(`/api/buildings/${p1Building1}`, { code: '2' });
    expect(res.statusCode).toBe(409);
    expect(Object.keys(res.json().error.fields)).toEqual(['code']);
  });
});

describe('units (admin)', () => {
  it('creates a unit, shown with its building code', async () => {
    const res = await t.as('admin').post(`/api/projects/${p1}/units`, { buildingId: p1Building1, code: '1-701', floor: 7, areaM2: 128.5, layout: '三室两厅' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ buildingId: p1Building1, buildingCode: '1', code: '1-701', floor: 7, areaM2: 128.5, layout: '三室两厅', version: 1 });
    expect((await t.as('butler').get(`/api/units/${res.json().id}`)).json().code).toBe('1-701');
  });

  it('a duplicate unit code in the building is 409 naming code', async () => {
    const res = await t.as('admin').post(`/api/projects/${p1}/units`, { buildingId: p1Building1, code: '1-101' });
    expect(res.statusCode).toBe(409);
    expect(Object.keys(res.json().error.fields)).toEqual(['code']);
  });

  it("a building of another project is 400 naming buildingId, nothing written", async () => {
    const before = await count('units');
    const res = await t.as('admin').post(`/api/projects/${p1}/units`, { buildingId: p2Building1, code: '1-999' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ buildingId: '该楼盘没有此楼栋' });
    expect(await count('units')).toBe(before);
  });

  it('invalid input is 400 naming each field and writes nothing', async () => {
    const before = await count('units');
    const res = await t.as('admin').post(`/api/projects/${p1}/units`, { code: '', floor: 1.5, areaM2: -3 });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['areaM2', 'buildingId', 'code', 'floor']);
    expect(await count('units')).toBe(before);
  });

  it('PATCH: stale version is 409; current version updates and audits before/after', async () => {
    const { version } = (await t.as('admin').get(`/api/units/${t.demo.ownerUnitId}`)).json();
    expect((await t.as('admin').patch(`/api/units/${t.demo.ownerUnitId}`, { layout: '四室', version: version + 1 })).statusCode).toBe(409);
    const ok = await t.as('admin').patch(`/api/units/${t.demo.ownerUnitId}`, { layout: '四室两厅', areaM2: 140, version });
    expect(ok.json()).toMatchObject({ layout: '四室两厅', areaM2: 140, version: version + 1 });
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('entity_id', '=', t.demo.ownerUnitId).where('action', '=', 'update').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before!)).toMatchObject({ layout: '三室两厅', area_m2: 128.5 });
    expect(JSON.parse(audit.after!)).toMatchObject({ layout: '四室两厅', area_m2: 140 });
  });

  it('butler: the list is paged, in building code then unit code order, and filters by building', async () => {
    const all = (await t.as('butler').get(`/api/projects/${p1}/units?pageSize=200`)).json();
    const keys = all.items.map((u: { buildingCode: string; code: string }) => `${u.buildingCode}|${u.code}`);
    expect(keys).toEqual([...keys].sort());
    expect(all.total).toBeGreaterThanOrEqual(36);
    const page = (await t.as('butler').get(`/api/projects/${p1}/units?buildingId=${p1Building1}&page=2&pageSize=5`)).json();
    expect(page).toMatchObject({ page: 2, pageSize: 5 });
    expect(page.items.map((u: { code: string }) => u.code)).toEqual(['1-302', '1-401', '1-402', '1-501', '1-502']);
    expect((await t.as('butler').get(`/api/projects/${p1}/units?q=2-60`)).json().items.map((u: { code: string }) => u.code)).toEqual(['2-601', '2-602']);
  });

  it('butler: downloads the import template with the header row and an example row', async () => {
    const res = await t.as('butler').get('/api/units/import-template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="units-template.xlsx"');
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = wb.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, '楼栋编码', '房号', '楼层', '建筑面积', '户型']);
    expect(sheet.getRow(2).values).toEqual([undefined, '1', '1-0101', 1, 128.5, '三室两厅']);
    const en = await t.as('butler').get('/api/units/import-template', { 'accept-language': 'en' });
    await wb.xlsx.load(en.rawPayload as unknown as ExcelJS.Buffer);
    expect(wb.worksheets[0].getRow(1).values).toEqual([undefined, 'buildingCode', 'code', 'floor', 'areaM2', 'layout']);
  });
});
