import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '@guanjia/domain';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function logIn(username: string, password: string) {
  const res = await t.as(null).post('/api/auth/login', { username, password });
  const c = res.cookies.find((k) => k.name === 'gj_session');
  return { status: res.statusCode, cookie: c ? `gj_session=${c.value}` : '' };
}
const meWith = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
const countUsers = async () => Number((await t.ctx.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

function newStaff(username: string, extra: Record<string, unknown> = {}) {
  return { username, password: 'secret-pass-1', name: `员工 ${username}`, roles: ['butler'], projectIds: [t.demo.projectIds[0]], ...extra };
}

describe('staff accounts: reading', () => {
  it('admin: lists staff accounts paged, without owner accounts or password hashes', async () => {
    const res = await t.as('admin').get('/api/users?pageSize=50');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const names = body.items.map((u: { username: string }) => u.username);
    expect(names).toEqual(expect.arrayContaining(['admin', 'regional', 'manager', 'butler', 'butler2', 'technician', 'sales', 'marketing']));
    expect(names).not.toContain('owner');
    expect(body).toMatchObject({ page: 1, pageSize: 50, total: names.length });
    expect(res.body).not.toMatch(/password|argon2/i);
    expect(body.items.find((u: { username: string }) => u.username === 'butler')).toMatchObject({ roles: ['butler'], projectIds: [t.demo.projectIds[0]], active: true, phone: expect.stringMatching(/^1390000/) });
  });

  it('admin: filters by ?q on username or name, ?role and ?projectId', async () => {
    const byQ = (await t.as('admin').get('/api/users?q=BUTLER')).json();
    expect(byQ.items.map((u: { username: string }) => u.username).sort()).toEqual(['butler', 'butler2']);
    const byName = (await t.as('admin').get(`/api/users?q=${encodeURIComponent('刘芳')}`)).json();
    expect(byName.items.map((u: { username: string }) => u.username)).toEqual(['butler']);
    const byRole = (await t.as('admin').get('/api/users?role=technician')).json();
    expect(byRole.items.map((u: { username: string }) => u.username)).toEqual(['technician']);
    const byProject = (await t.as('admin').get(`/api/users?projectId=${t.demo.projectIds[1]}`)).json();
    expect(byProject.items.map((u: { username: string }) => u.username)).toEqual(['butler2']);
    const wildcard = (await t.as('admin').get('/api/users?q=%25')).json();
    expect(wildcard.total).toBe(0);
  });

  it('manager: sees only the staff of project 1', async () => {
    const res = await t.as('manager').get('/api/users?pageSize=100');
    const names = res.json().items.map((u: { username: string }) => u.username);
    expect(names).toEqual(expect.arrayContaining(['manager', 'butler', 'technician']));
    expect(names).not.toContain('butler2');
    expect(names).not.toContain('admin');
    expect((await t.as('manager').get(`/api/users/${t.demo.users.butler2}`)).statusCode).toBe(404);
    expect((await t.as('manager').get(`/api/users/${t.demo.users.butler}`)).statusCode).toBe(200);
  });

  it('sales, butler and owner: listing staff is 403; anonymous is 401', async () => {
    for (const who of ['sales', 'butler', 'owner']) expect((await t.as(who).get('/api/users')).statusCode).toBe(403);
    expect((await t.as(null).get('/api/users')).statusCode).toBe(401);
  });

  it('admin: a user of another company is 404 for read, edit and password reset', async () => {
    const companyId = uuidv7();
    const userId = uuidv7();
    const now = new Date().toISOString();
    await t.ctx.db.insertInto('companies').values({ id: companyId, name: '别家物业', code: `X${Date.now()}`, created_at: now, updated_at: now, version: 1 }).execute();
    await t.ctx.db
      .insertInto('users')
      .values({ id: userId, company_id: companyId, username: `other-${Date.now()}`, name: '别家员工', phone: null, id_number: null, password_hash: 'x', kind: 'staff', roles: '["butler"]', department_id: null, vendor_id: null, owner_id: null, active: 1, created_at: now, updated_at: now, version: 1 })
      .execute();
    expect((await t.as('admin').get(`/api/users/${userId}`)).statusCode).toBe(404);
    expect((await t.as('admin').patch(`/api/users/${userId}`, { name: 'x' })).statusCode).toBe(404);
    expect((await t.as('admin').post(`/api/users/${userId}/reset-password`, { password: 'another-pass-1' })).statusCode).toBe(404);
    expect((await t.as('admin').get('/api/users?pageSize=200')).json().items.map((u: { id: string }) => u.id)).not.toContain(userId);
  });
});

describe('staff accounts: creating', () => {
  it('admin: creates a user (username lower-cased), who can then log in and see project 1', async () => {
    const res = await t.as('admin').post('/api/users', newStaff('New.Butler', { phone: '13911112222', idNumber: '310101199001011234' }));
    expect(res.statusCode).toBe(201);
    const user = res.json();
    expect(user).toMatchObject({ username: 'new.butler', kind: 'staff', roles: ['butler'], projectIds: [t.demo.projectIds[0]], active: true, version: 1, phone: '13911112222' });
    // The ID number is kept, and only ever shown masked.
    expect(user.idNumber).toBe('3101**********1234');
    expect((await t.ctx.db.selectFrom('users').select('id_number').where('id', '=', user.id).executeTakeFirstOrThrow()).id_number).toBe('310101199001011234');
    expect((await t.as('admin').get(`/api/users/${user.id}`)).json().idNumber).toBe('3101**********1234');
    expect(res.body).not.toMatch(/password|argon2/i);

    const login = await logIn('new.butler', 'secret-pass-1');
    expect(login.status).toBe(200);
    expect((await meWith(login.cookie)).json().projects).toEqual([{ id: t.demo.projectIds[0], name: '锦华·江湾壹号' }]);

    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('entity_id', '=', user.id).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', entity_type: 'user', actor_id: t.demo.users.admin });
    expect(audit[0].after).not.toMatch(/argon2|secret-pass/);
  });

  it('admin: a duplicate username (any case) is 409 naming username, and nothing is written', async () => {
    const before = await countUsers();
    const res = await t.as('admin').post('/api/users', newStaff('BUTLER'));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'DUPLICATE', fields: { username: expect.any(String) } });
    expect(await countUsers()).toBe(before);
  });

  it('admin: an invalid body is 400 naming each bad field, and nothing is written', async () => {
    const before = await countUsers();
    const res = await t.as('admin').post('/api/users', { username: 'ab', password: 'short', name: '', roles: ['owner'], extra: 1 }, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields;
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(['username', 'password', 'name', 'roles.0']));
    expect(fields.password).toBe('At least 8 characters');
    expect(await countUsers()).toBe(before);
  });

  it('admin: projects, department or vendor of another company are 400 naming them, and nothing is written', async () => {
    const before = await countUsers();
    const res = await t.as('admin').post('/api/users', newStaff('stray', { projectIds: [t.demo.projectIds[0], uuidv7()], departmentId: uuidv7(), vendorId: uuidv7() }));
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['departmentId', 'projectIds', 'vendorId']);
    expect(await countUsers()).toBe(before);
  });

  it('admin: vendor staff must name their vendor', async () => {
    const res = await t.as('admin').post('/api/users', newStaff('cleaner1', { roles: ['vendorStaff'] }));
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['vendorId']);
  });

  it('company admin without systemAdmin: cannot grant systemAdmin (403)', async () => {
    expect((await t.as('admin').post('/api/users', newStaff('admin2', { roles: ['companyAdmin'], projectIds: [] }))).statusCode).toBe(201);
    const { cookie } = await logIn('admin2', 'secret-pass-1');
    const res = await t.app.inject({ method: 'POST', url: '/api/users', headers: { cookie }, payload: newStaff('root2', { roles: ['systemAdmin'] }) });
    expect(res.statusCode).toBe(403);
  });

  it('regional, manager and butler: creating a user is 403 even with a bad body', async () => {
    for (const who of ['regional', 'manager', 'butler']) expect((await t.as(who).post('/api/users', {})).statusCode).toBe(403);
  });
});

describe('staff accounts: editing', () => {
  it('admin: edits name, roles and projects; a stale version is 409; both are audited once', async () => {
    const created = (await t.as('admin').post('/api/users', newStaff('editme'))).json();
    const res = await t.as('admin').patch(`/api/users/${created.id}`, { name: '改名', roles: ['butler', 'frontline'], projectIds: [t.demo.projectIds[1]], version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: '改名', roles: ['butler', 'frontline'], projectIds: [t.demo.projectIds[1]], version: 2 });
    const stale = await t.as('admin').patch(`/api/users/${created.id}`, { name: '又改', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('STALE_UPDATE');
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('entity_id', '=', created.id).where('action', '=', 'update').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].before!)).toMatchObject({ name: '员工 editme', projectIds: [t.demo.projectIds[0]] });
    expect(JSON.parse(audit[0].after!)).toMatchObject({ name: '改名', projectIds: [t.demo.projectIds[1]] });
  });

  it('admin: owner is not an assignable role, and foreign projects are 400 naming projectIds', async () => {
    const res = await t.as('admin').patch(`/api/users/${t.demo.users.butler}`, { roles: ['owner'] });
    expect(res.statusCode).toBe(400);
    const res2 = await t.as('admin').patch(`/api/users/${t.demo.users.butler}`, { projectIds: [uuidv7()] });
    expect(res2.statusCode).toBe(400);
    expect(res2.json().error.fields).toEqual({ projectIds: expect.any(String) });
  });

  it('admin: deactivating a user ends their live session at once; reactivating does not revive it', async () => {
    const created = (await t.as('admin').post('/api/users', newStaff('leaver'))).json();
    const { cookie } = await logIn('leaver', 'secret-pass-1');
    expect((await meWith(cookie)).statusCode).toBe(200);

    expect((await t.as('admin').patch(`/api/users/${created.id}`, { active: false })).json().active).toBe(false);
    expect((await meWith(cookie)).statusCode).toBe(401);
    expect(await t.ctx.db.selectFrom('sessions').select('id').where('user_id', '=', created.id).execute()).toHaveLength(0);
    expect((await logIn('leaver', 'secret-pass-1')).status).toBe(401);

    await t.as('admin').patch(`/api/users/${created.id}`, { active: true });
    expect((await meWith(cookie)).statusCode).toBe(401);
    expect((await logIn('leaver', 'secret-pass-1')).status).toBe(200);
  });

  it('admin: resetting a password ends old sessions; the old password fails, the new one works; no hash in the audit', async () => {
    const created = (await t.as('admin').post('/api/users', newStaff('forgetful'))).json();
    const { cookie } = await logIn('forgetful', 'secret-pass-1');
    const res = await t.as('admin').post(`/api/users/${created.id}/reset-password`, { password: 'brand-new-pass' });
    expect(res.statusCode).toBe(204);
    expect((await meWith(cookie)).statusCode).toBe(401);
    expect((await logIn('forgetful', 'secret-pass-1')).status).toBe(401);
    expect((await logIn('forgetful', 'brand-new-pass')).status).toBe(200);
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('entity_id', '=', created.id).where('action', '=', 'resetPassword').executeTakeFirstOrThrow();
    expect(`${audit.before}${audit.after}`).not.toMatch(/argon2|brand-new-pass/);
  });

  it('admin: a password shorter than 8 characters is 400 naming password', async () => {
    const res = await t.as('admin').post(`/api/users/${t.demo.users.sales}/reset-password`, { password: '1234567' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['password']);
  });

  it('regional and manager: editing or resetting is 403', async () => {
    for (const who of ['regional', 'manager']) {
      expect((await t.as(who).patch(`/api/users/${t.demo.users.butler}`, { name: 'x' })).statusCode).toBe(403);
      expect((await t.as(who).post(`/api/users/${t.demo.users.butler}/reset-password`, { password: 'whatever-123' })).statusCode).toBe(403);
    }
  });
});
