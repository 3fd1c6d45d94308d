import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '@guanjia/domain';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let p1: string;
let p2: string;
let cleaning: { id: string };
let greening: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  [p1, p2] = t.demo.projectIds;
  cleaning = (await t.as('admin').post('/api/vendors', { name: '洁美保洁公司', serviceType: 'cleaning', contactName: '钱经理', contactPhone: '13700001111', projectIds: [p1] })).json();
  greening = (await t.as('admin').post('/api/vendors', { name: '绿洲园林', serviceType: 'greening', projectIds: [p2] })).json();
});
afterAll(async () => t.close());

const namesSeenBy = async (who: string) => (await t.as(who).get('/api/vendors')).json().items.map((v: { name: string }) => v.name);
const countVendors = async () => Number((await t.ctx.db.selectFrom('vendors').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('vendors', () => {
  it('admin: creates a vendor serving project 1, audited in the same write', async () => {
    expect(cleaning).toMatchObject({ name: '洁美保洁公司', serviceType: 'cleaning', contactPhone: '13700001111', projectIds: [p1], active: true, version: 1 });
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('entity_id', '=', cleaning.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('admin and regional: see every vendor of the company', async () => {
    expect((await namesSeenBy('admin')).sort()).toEqual(['洁美保洁公司', '绿洲园林']);
    expect((await namesSeenBy('regional')).sort()).toEqual(['洁美保洁公司', '绿洲园林']);
  });

  it('butler, manager and sales: see only the vendors serving project 1; butler2 only project 2', async () => {
    for (const who of ['butler', 'manager', 'sales']) expect(await namesSeenBy(who)).toEqual(['洁美保洁公司']);
    expect(await namesSeenBy('butler2')).toEqual(['绿洲园林']);
  });

  it('admin: filters by ?q and ?projectId', async () => {
    expect((await t.as('admin').get(`/api/vendors?q=${encodeURIComponent('园林')}`)).json().items).toHaveLength(1);
    expect((await t.as('admin').get(`/api/vendors?projectId=${p1}`)).json().items.map((v: { id: string }) => v.id)).toEqual([cleaning.id]);
  });

  it('owner: listing vendors is 403; anonymous is 401', async () => {
    expect((await t.as('owner').get('/api/vendors')).statusCode).toBe(403);
    expect((await t.as(null).get('/api/vendors')).statusCode).toBe(401);
  });

  it('manager and butler: creating or editing a vendor is 403', async () => {
    for (const who of ['manager', 'butler', 'regional']) {
      expect((await t.as(who).post('/api/vendors', { name: 'x', serviceType: 'x', projectIds: [p1] })).statusCode).toBe(403);
      expect((await t.as(who).patch(`/api/vendors/${cleaning.id}`, { name: 'x' })).statusCode).toBe(403);
    }
  });

  it('admin: an invalid body is 400 naming the fields; a project of another company is 400 naming projectIds; nothing is written', async () => {
    const before = await countVendors();
    const bad = await t.as('admin').post('/api/vendors', { name: '', projectIds: 'p1' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['name', 'projectIds', 'serviceType']);
    const foreign = await t.as('admin').post('/api/vendors', { name: '外地公司', serviceType: 'security', projectIds: [uuidv7()] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields).toEqual({ projectIds: expect.any(String) });
    expect(await countVendors()).toBe(before);
  });

  it('admin: moves a vendor to project 2 and deactivates it; butler loses sight of it; a stale version is 409', async () => {
    const res = await t.as('admin').patch(`/api/vendors/${greening.id}`, { projectIds: [p1, p2], version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ projectIds: [p1, p2].sort(), version: 2 });
    expect((await namesSeenBy('butler')).sort()).toEqual(['洁美保洁公司', '绿洲园林']);
    const off = await t.as('admin').patch(`/api/vendors/${greening.id}`, { active: false, projectIds: [p2] });
    expect(off.json()).toMatchObject({ active: false, projectIds: [p2], version: 3 });
    expect(await namesSeenBy('butler')).toEqual(['洁美保洁公司']);
    expect((await t.as('admin').patch(`/api/vendors/${greening.id}`, { name: '绿洲', version: 2 })).statusCode).toBe(409);
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', greening.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update']);
  });

  it('admin: a vendor of another company is 404', async () => {
    const companyId = uuidv7();
    const vendorId = uuidv7();
    const now = new Date().toISOString();
    await t.ctx.db.insertInto('companies').values({ id: companyId, name: '别家物业', code: 'OTHER', created_at: now, updated_at: now, version: 1 }).execute();
    await t.ctx.db.insertInto('vendors').values({ id: vendorId, company_id: companyId, name: '别家外包', service_type: 'cleaning', contact_name: null, contact_phone: null, active: 1, created_at: now, updated_at: now, version: 1 }).execute();
    expect((await t.as('admin').patch(`/api/vendors/${vendorId}`, { name: 'x' })).statusCode).toBe(404);
    expect(await namesSeenBy('admin')).not.toContain('别家外包');
  });

  it('admin: vendor staff can be created for the vendor, and then see their vendor', async () => {
    const res = await t.as('admin').post('/api/users', { username: 'cleaner', password: 'cleaner-pass', name: '保洁员 小王', roles: ['vendorStaff'], vendorId: cleaning.id, projectIds: [p1] });
    expect(res.statusCode).toBe(201);
    expect(res.json().vendorId).toBe(cleaning.id);
    const login = await t.as(null).post('/api/auth/login', { username: 'cleaner', password: 'cleaner-pass' });
    const cookie = `gj_session=${login.cookies.find((c) => c.name === 'gj_session')!.value}`;
    const seen = await t.app.inject({ method: 'GET', url: '/api/vendors', headers: { cookie } });
    expect(seen.json().items.map((v: { id: string }) => v.id)).toEqual([cleaning.id]);
  });
});
