import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let p1: string;
let p2: string;
/** Units of project 1 and 2 that have no household in the seed. */
let freeP1: string[];
let freeP2: string[];

beforeAll(async () => {
  t = await createTestApp();
  [p1, p2] = t.demo.projectIds;
  const units = async (projectId: string) =>
    (await t.ctx.db.selectFrom('units').select('id').where('project_id', '=', projectId).where('id', '!=', t.demo.ownerUnitId).orderBy('code').execute()).map((u) => u.id);
  freeP1 = await units(p1);
  freeP2 = await units(p2);
});
afterAll(async () => t.close());

const count = async (table: 'households' | 'owners' | 'household_members' | 'users') =>
  Number((await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

async function logIn(username: string, password: string) {
  const res = await t.as(null).post('/api/auth/login', { username, password });
  const c = res.cookies.find((k) => k.name === 'gj_session');
  return { status: res.statusCode, cookie: c ? `gj_session=${c.value}` : '' };
}

describe('households: reading and masking', () => {
  it('butler: lists project-1 households with unit, building and members, phone and ID masked (the full value only through a logged reveal)', async () => {
    const res = await t.as('butler').get(`/api/projects/${p1}/households`);
    expect(res.statusCode).toBe(200);
    const [h] = res.json().items;
    expect(h).toMatchObject({
      id: t.demo.ownerHouseholdId,
      name: '吴宅',
      unit: { id: t.demo.ownerUnitId, code: '1-101', buildingCode: '1', buildingName: '1号楼' },
      members: [{ name: '吴先生', relation: 'owner', phone: '138****5678', idNumber: '3101**********1234', hasAccount: true }],
    });
    expect(res.body).not.toContain('13812345678');
  });

  it('sales: sees the same household with phone and ID masked', async () => {
    const res = await t.as('sales').get(`/api/households/${t.demo.ownerHouseholdId}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().members[0]).toMatchObject({ phone: '138****5678', idNumber: '3101**********1234' });
    expect(res.body).not.toContain('13812345678');
  });

  it('technician: not assigned to any order, sees the phone masked', async () => {
    expect((await t.as('technician').get(`/api/households/${t.demo.ownerHouseholdId}`)).json().members[0].phone).toBe('138****5678');
  });

  it('butler: finds households by unit code, member name and phone; sales cannot search by phone', async () => {
    const search = async (who: string, q: string) => (await t.as(who).get(`/api/projects/${p1}/households?q=${encodeURIComponent(q)}`)).json().total;
    expect(await search('butler', '1-101')).toBe(1);
    expect(await search('butler', '吴')).toBe(1);
    expect(await search('butler', '12345678')).toBe(1);
    expect(await search('butler', 'nobody')).toBe(0);
    expect(await search('sales', '吴')).toBe(1);
    expect(await search('sales', '12345678')).toBe(0);
  });

  it('butler2: a project-1 household and project-1 list are 404', async () => {
    expect((await t.as('butler2').get(`/api/households/${t.demo.ownerHouseholdId}`)).statusCode).toBe(404);
    expect((await t.as('butler2').get(`/api/projects/${p1}/households`)).statusCode).toBe(404);
  });

  it('owner: sees their own household and number via /mine and by id, but cannot list the project', async () => {
    const mine = await t.as('owner').get('/api/households/mine');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items.map((h: { id: string }) => h.id)).toEqual([t.demo.ownerHouseholdId]);
    expect(mine.json().items[0].members[0].phone).toBe('13812345678');
    expect((await t.as('owner').get(`/api/households/${t.demo.ownerHouseholdId}`)).statusCode).toBe(200);
    expect((await t.as('owner').get(`/api/projects/${p1}/households`)).statusCode).toBe(403);
  });

  it('butler: /mine is for owner accounts only (403)', async () => {
    expect((await t.as('butler').get('/api/households/mine')).statusCode).toBe(403);
  });
});

describe('households: writing', () => {
  it('butler: creates a household on a free unit of project 1, audited', async () => {
    const res = await t.as('butler').post(`/api/projects/${p1}/households`, { unitId: freeP1[0], name: '李宅' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ projectId: p1, name: '李宅', unit: { id: freeP1[0] }, members: [], version: 1 });
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('entity_id', '=', res.json().id).execute();
    expect(audit).toMatchObject([{ action: 'create', entity_type: 'household', project_id: p1 }]);
  });

  it('butler: a unit of another project is 400 naming unitId; a unit that already has a household is 409 naming unitId; nothing written', async () => {
    const before = await count('households');
    const wrong = await t.as('butler').post(`/api/projects/${p1}/households`, { unitId: freeP2[0] });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual({ unitId: '该房屋不属于此楼盘' });
    const taken = await t.as('manager').post(`/api/projects/${p1}/households`, { unitId: t.demo.ownerUnitId }, { 'accept-language': 'en' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'DUPLICATE', message: 'Unit 1-101 already has a household', fields: { unitId: expect.any(String) } });
    expect(await count('households')).toBe(before);
  });

  it('sales, regional and technician: creating a household is 403; butler2 in project 1 is 404', async () => {
    for (const who of ['sales', 'regional', 'technician', 'owner']) {
      expect((await t.as(who).post(`/api/projects/${p1}/households`, { unitId: freeP1[1] })).statusCode).toBe(403);
    }
    expect((await t.as('butler2').post(`/api/projects/${p1}/households`, { unitId: freeP1[1] })).statusCode).toBe(404);
  });

  it('manager: renames a household; a stale version is 409', async () => {
    const h = (await t.as('admin').post(`/api/projects/${p1}/households`, { unitId: freeP1[2] })).json();
    const res = await t.as('manager').patch(`/api/households/${h.id}`, { name: '周宅', version: 1 });
    expect(res.json()).toMatchObject({ name: '周宅', version: 2 });
    expect((await t.as('manager').patch(`/api/households/${h.id}`, { name: '周府', version: 1 })).statusCode).toBe(409);
    expect((await t.as('butler2').patch(`/api/households/${h.id}`, { name: 'x' })).statusCode).toBe(404);
  });
});

describe('households: members and owner accounts', () => {
  it('butler: adds an owner with a login in one write; the owner logs in and sees only that household', async () => {
    const h = (await t.as('butler').post(`/api/projects/${p1}/households`, { unitId: freeP1[3] })).json();
    const before = { owners: await count('owners'), users: await count('users') };
    const res = await t.as('butler').post(`/api/households/${h.id}/members`, {
      name: '郑女士',
      phone: '13698765432',
      idNumber: '31010119900202222x',
      relation: 'owner',
      createAccount: { username: 'Zheng', password: 'zheng-pass-1' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().members).toMatchObject([{ name: '郑女士', relation: 'owner', phone: '136****5432', idNumber: '3101**********222X', hasAccount: true }]);
    expect(await count('owners')).toBe(before.owners + 1);
    expect(await count('users')).toBe(before.users + 1);
    const ownerId = res.json().members[0].ownerId;
    const user = await t.ctx.db.selectFrom('users').selectAll().where('username', '=', 'zheng').executeTakeFirstOrThrow();
    expect(user).toMatchObject({ kind: 'owner', roles: '["owner"]', owner_id: ownerId });
    expect(await t.ctx.db.selectFrom('user_projects').select('project_id').where('user_id', '=', user.id).execute()).toEqual([{ project_id: p1 }]);
    const audited = await t.ctx.db.selectFrom('audit_log').select('entity_type').where('entity_id', 'in', [ownerId, user.id, res.json().members[0].id]).execute();
    expect(audited.map((a) => a.entity_type).sort()).toEqual(['householdMember', 'owner', 'user']);

    const { status, cookie } = await logIn('zheng', 'zheng-pass-1');
    expect(status).toBe(200);
    const as = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
    expect((await as('/api/me')).json().user).toMatchObject({ kind: 'owner', roles: ['owner'] });
    const mine = (await as('/api/households/mine')).json();
    expect(mine.items.map((x: { id: string }) => x.id)).toEqual([h.id]);
    expect((await as(`/api/households/${h.id}`)).json().members[0].phone).toBe('13698765432');
    expect((await as(`/api/households/${t.demo.ownerHouseholdId}`)).statusCode).toBe(404);
    expect((await as(`/api/projects/${p1}/households`)).statusCode).toBe(403);
    expect((await as('/api/users')).statusCode).toBe(403);
  });

  it('owner: sees a co-member of their household masked, themself in full', async () => {
    await t.as('butler').post(`/api/households/${t.demo.ownerHouseholdId}/members`, { name: '吴太太', phone: '13511112222', relation: 'coOwner' });
    const members = (await t.as('owner').get(`/api/households/${t.demo.ownerHouseholdId}`)).json().members;
    expect(members.map((m: { name: string; phone: string }) => [m.name, m.phone])).toEqual([
      ['吴先生', '13812345678'],
      ['吴太太', '135****2222'],
    ]);
  });

  it('butler: a taken username is 409 naming createAccount.username, and not even the owner row is written', async () => {
    const before = { owners: await count('owners'), members: await count('household_members'), users: await count('users') };
    const res = await t.as('butler').post(`/api/households/${t.demo.ownerHouseholdId}/members`, { name: '吴小弟', relation: 'resident', createAccount: { username: 'BUTLER', password: 'long-enough-1' } });
    expect(res.statusCode).toBe(409);
    expect(Object.keys(res.json().error.fields)).toEqual(['createAccount.username']);
    expect({ owners: await count('owners'), members: await count('household_members'), users: await count('users') }).toEqual(before);
  });

  it('butler: an invalid member is 400 naming each field, nothing written', async () => {
    const before = await count('owners');
    const res = await t.as('butler').post(`/api/households/${t.demo.ownerHouseholdId}/members`, { name: '', relation: 'cousin', phone: 'abc', createAccount: { username: 'x', password: '1' } });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['createAccount.password', 'createAccount.username', 'name', 'phone', 'relation']);
    expect(await count('owners')).toBe(before);
  });

  it('sales and owner: adding a member is 403; butler2 is 404', async () => {
    for (const who of ['sales', 'owner']) expect((await t.as(who).post(`/api/households/${t.demo.ownerHouseholdId}/members`, { name: 'x', relation: 'tenant' })).statusCode).toBe(403);
    expect((await t.as('butler2').post(`/api/households/${t.demo.ownerHouseholdId}/members`, { name: 'x', relation: 'tenant' })).statusCode).toBe(404);
  });

  it('manager: corrects an owner phone (audited); sales 403, butler2 404, stale 409', async () => {
    const member = (await t.as('manager').get(`/api/households/${t.demo.ownerHouseholdId}`)).json().members.find((m: { name: string }) => m.name === '吴太太');
    const res = await t.as('manager').patch(`/api/owners/${member.ownerId}`, { phone: '13522223333', version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: member.ownerId, phone: '135****3333', version: 2 });
    expect((await t.ctx.db.selectFrom('owners').select('phone').where('id', '=', member.ownerId).executeTakeFirstOrThrow()).phone).toBe('13522223333');
    expect((await t.as('manager').patch(`/api/owners/${member.ownerId}`, { phone: '13522224444', version: 1 })).statusCode).toBe(409);
    expect((await t.as('sales').patch(`/api/owners/${member.ownerId}`, { name: 'x' })).statusCode).toBe(403);
    expect((await t.as('butler2').patch(`/api/owners/${member.ownerId}`, { name: 'x' })).statusCode).toBe(404);
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('entity_id', '=', member.ownerId).where('action', '=', 'update').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before!).phone).toBe('13511112222');
    expect(JSON.parse(audit.after!).phone).toBe('13522223333');
  });
});
