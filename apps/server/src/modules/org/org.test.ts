import { uuidv7 } from '@guanjia/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let p1: string;
let p2: string;
let p1SalesCenter: string;
let otherCompanyRegion: string;

const count = async (table: 'projects' | 'regions' | 'sales_centers' | 'audit_log') =>
  Number((await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  t = await createTestApp();
  [p1, p2] = t.demo.projectIds;
  p1SalesCenter = (await t.as('admin').get(`/api/projects/${p1}/sales-centers`)).json().items[0].id;
  // A second company, to prove its records cannot be referenced.
  const now = new Date().toISOString();
  const stamp = { created_at: now, updated_at: now, version: 1 };
  const companyId = uuidv7();
  otherCompanyRegion = uuidv7();
  await t.ctx.db.insertInto('companies').values({ id: companyId, name: '别家物业', code: 'OTHER', ...stamp }).execute();
  await t.ctx.db.insertInto('regions').values({ id: otherCompanyRegion, company_id: companyId, name: '别家地区', code: 'X', ...stamp }).execute();
});
afterAll(async () => t.close());

describe('org: who may read and write', () => {
  const cases: [string, string, 'get' | 'post', () => string, unknown, number][] = [
    ['butler', 'reads company-level regions', 'get', () => '/api/regions', undefined, 200],
    ['sales', 'reads company-level developers', 'get', () => '/api/developers', undefined, 200],
    ['owner', 'gets 403 on regions', 'get', () => '/api/regions', undefined, 403],
    ['owner', 'gets 403 on projects', 'get', () => '/api/projects', undefined, 403],
    ['butler2', 'gets 404 for project 1', 'get', () => `/api/projects/${p1}`, undefined, 404],
    ['butler2', "gets 404 for project 1's sales centers", 'get', () => `/api/projects/${p1}/sales-centers`, undefined, 404],
    ['butler2', "gets 404 for a project-1 sales center", 'get', () => `/api/sales-centers/${p1SalesCenter}`, undefined, 404],
    ['butler', "reads project 1's service centers", 'get', () => `/api/projects/${p1}/service-centers`, undefined, 200],
    ['regional', 'reads project 2 (company-wide)', 'get', () => `/api/projects/${p2}`, undefined, 200],
    ['butler', 'gets 403 creating a region', 'post', () => '/api/regions', { name: '华南地区公司' }, 403],
    ['regional', 'gets 403 creating a project', 'post', () => '/api/projects', { name: 'x', code: 'X1', regionId: 'r' }, 403],
    ['butler', 'gets 403 creating a sales center even with a bad body', 'post', () => `/api/projects/${p1}/sales-centers`, { nope: 1 }, 403],
  ];
  it.each(cases)('%s: %s', async (actor, _what, method, url, body, status) => {
    const res = method === 'get' ? await t.as(actor).get(url()) : await t.as(actor).post(url(), body as object);
    expect(res.statusCode).toBe(status);
  });

  it('butler: lists only project 1; regional lists both', async () => {
    expect((await t.as('butler').get('/api/projects')).json().items.map((p: { id: string }) => p.id)).toEqual([p1]);
    expect((await t.as('regional').get('/api/projects')).json().total).toBe(2);
  });

  it('butler2: the 404 for project 1 is in English when asked', async () => {
    const res = await t.as('butler2').get(`/api/projects/${p1}`, { 'accept-language': 'en' });
    expect(res.json().error).toEqual({ code: 'NOT_FOUND', message: 'Project not found or not visible to you' });
  });
});

describe('org: projects', () => {
  it('admin: creates a project; regional sees it at once; an audit row holds it', async () => {
    const res = await t.as('admin').post('/api/projects', { name: '锦华·云栖', code: 'YQ03', regionId: t.demo.regionId, developerId: t.demo.developerId, city: '杭州' });
    expect(res.statusCode).toBe(201);
    const project = res.json();
    expect(project).toMatchObject({ code: 'YQ03', regionId: t.demo.regionId, city: '杭州', address: null, version: 1 });
    expect((await t.as('regional').get(`/api/projects/${project.id}`)).statusCode).toBe(200);
    expect((await t.as('admin').get(`/api/projects/${project.id}/buildings`)).statusCode).toBe(200);
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('entity_id', '=', project.id).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', entity_type: 'project', project_id: project.id, before: null });
    expect(JSON.parse(audit[0].after!)).toMatchObject({ code: 'YQ03' });
  });

  it('admin: a duplicate project code is 409 naming code, in English when asked', async () => {
    const before = await count('projects');
    const res = await t.as('admin').post('/api/projects', { name: '重复', code: 'JW01', regionId: t.demo.regionId }, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toEqual({ code: 'DUPLICATE', message: 'Code "JW01" already exists', fields: { code: 'Code "JW01" already exists' } });
    expect(await count('projects')).toBe(before);
  });

  it("admin: another company's region and an unknown developer are 400 naming both fields, nothing written", async () => {
    const [projects, audit] = [await count('projects'), await count('audit_log')];
    const res = await t.as('admin').post('/api/projects', { name: '越界', code: 'XX09', regionId: otherCompanyRegion, developerId: 'no-such-developer' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ regionId: '本公司没有该地区公司', developerId: '本公司没有该开发商' });
    expect([await count('projects'), await count('audit_log')]).toEqual([projects, audit]);
  });

  it('admin: invalid input is 400 naming each field and writes nothing', async () => {
    const before = await count('projects');
    const res = await t.as('admin').post('/api/projects', { name: '  ', code: 'C'.repeat(40), city: 5, extra: true });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['city', 'code', 'extra', 'name', 'regionId']);
    expect(res.json().error.fields.regionId).toBe('必填');
    expect(await count('projects')).toBe(before);
  });

  it('admin: PATCH with a stale version is 409; with the current one it bumps the version and audits before/after', async () => {
    const stale = await t.as('admin').patch(`/api/projects/${p2}`, { address: '新地址', version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_UPDATE');
    const ok = await t.as('admin').patch(`/api/projects/${p2}`, { address: '上海市浦东新区滨江大道 1688 号', version: 1 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ address: '上海市浦东新区滨江大道 1688 号', version: 2 });
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('entity_id', '=', p2).where('action', '=', 'update').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before!).address).toBe('上海市浦东新区滨江大道 1666 号');
    expect(JSON.parse(audit.after!)).toMatchObject({ address: '上海市浦东新区滨江大道 1688 号', version: 2 });
    expect(audit.actor_id).toBe(t.demo.users.admin);
  });

  it('butler: ?q= matches code case-insensitively, and paging reports the total', async () => {
    expect((await t.as('regional').get('/api/projects?q=jw0')).json().items.map((p: { code: string }) => p.code)).toEqual(['JW01']);
    expect((await t.as('regional').get('/api/projects?q=%25')).json().total).toBe(0);
    const page = (await t.as('regional').get('/api/projects?page=2&pageSize=1')).json();
    expect(page).toMatchObject({ page: 2, pageSize: 1 });
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThanOrEqual(2);
  });
});

describe('org: regions, developers and centers', () => {
  it('admin: creates and renames a region; a duplicate region code is 409 naming code', async () => {
    const created = await t.as('admin').post('/api/regions', { name: '华南地区公司', code: 'HN' });
    expect(created.statusCode).toBe(201);
    const dup = await t.as('admin').post('/api/regions', { name: '另一个', code: 'HN' });
    expect(dup.statusCode).toBe(409);
    expect(Object.keys(dup.json().error.fields)).toEqual(['code']);
    const renamed = await t.as('admin').patch(`/api/regions/${created.json().id}`, { name: '华南区域公司', version: 1 });
    expect(renamed.json()).toMatchObject({ name: '华南区域公司', code: 'HN', version: 2 });
    expect((await t.as('butler').get('/api/regions?q=华南')).json().total).toBe(1);
  });

  it("admin: another company's region is 404", async () => {
    expect((await t.as('admin').get(`/api/regions/${otherCompanyRegion}`)).statusCode).toBe(404);
  });

  it('admin: creates a developer and reads it back', async () => {
    const res = await t.as('admin').post('/api/developers', { name: '万科企业股份有限公司' });
    expect(res.statusCode).toBe(201);
    expect((await t.as('butler').get(`/api/developers/${res.json().id}`)).json()).toMatchObject({ name: '万科企业股份有限公司', code: null });
  });

  it('admin: a sales center closing before it opens is 400 naming closeTime, nothing written', async () => {
    const before = await count('sales_centers');
    const res = await t.as('admin').post(`/api/projects/${p1}/sales-centers`, { name: '二号销售中心', openTime: '18:00', closeTime: '09:00' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ closeTime: '结束营业时间须晚于开始营业时间' });
    expect(await count('sales_centers')).toBe(before);
  });

  it('admin: PATCHing one end of the opening hours is checked against the other', async () => {
    const res = await t.as('admin').patch(`/api/sales-centers/${p1SalesCenter}`, { openTime: '19:00' }, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ closeTime: 'Closing time must be after opening time' });
    const ok = await t.as('admin').patch(`/api/sales-centers/${p1SalesCenter}`, { openTime: '08:30', phone: '021-55550001' });
    expect(ok.json()).toMatchObject({ openTime: '08:30', closeTime: '18:00', phone: '021-55550001', version: 2 });
  });

  it('admin: a bad time format and phone are 400 naming each field', async () => {
    const res = await t.as('admin').post(`/api/projects/${p2}/service-centers`, { name: '', phone: 'call me' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['name', 'phone']);
  });

  it('admin: creates a service center; butler2 sees it in project 2 only', async () => {
    const res = await t.as('admin').post(`/api/projects/${p2}/service-centers`, { name: '滨江二期服务站', phone: '021-55552222' });
    expect(res.statusCode).toBe(201);
    expect((await t.as('butler2').get(`/api/service-centers/${res.json().id}`)).statusCode).toBe(200);
    expect((await t.as('butler').get(`/api/service-centers/${res.json().id}`)).statusCode).toBe(404);
  });

  it('admin: an empty PATCH changes nothing and writes no audit row', async () => {
    const before = await count('audit_log');
    const res = await t.as('admin').patch(`/api/developers/${t.demo.developerId}`, { name: '华润置地（上海）有限公司' });
    expect(res.json().version).toBe(1);
    expect(await count('audit_log')).toBe(before);
  });
});
