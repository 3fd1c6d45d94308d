import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

// Monday 2026-03-02, 10:00 in Shanghai.
const NOW = new Date('2026-03-02T02:00:00Z');

let t: TestApp;
let p1: string;
let p2: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  [p1, p2] = t.demo.projectIds;
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

interface Entry {
  id: string;
  name: string;
  category: string;
  published: boolean;
  version: number;
  allowedActions: string[];
}
const laundry = { category: 'dryCleaner', name: '净衣坊洗衣店', address: '杨浦区江湾路 200 号', phone: '021-6500 1234', openingHours: '09:00–21:00', note: '衬衫 15 元一件', tags: ['衬衫', ' 上门 ', '衬衫'] };
const create = (who: string, body: Record<string, unknown> = laundry, projectId = p1, headers?: Record<string, string>) => t.as(who).post(`/api/projects/${projectId}/life-info`, body, headers);
const list = (who: string, query = '', projectId = p1) => t.as(who).get(`/api/projects/${projectId}/life-info${query}`);
const ownerSearch = (query = '', who = 'owner') => t.as(who).get(`/api/h5/life-info${query}`);
const names = async (res: Promise<{ json(): { items: { name: string }[] } }>) => (await res).json().items.map((e) => e.name);
const count = async () => Number((await t.ctx.db.selectFrom('life_info_entries').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('life information: the demo directory', () => {
  it('butler: project 1 has twelve entries across categories in display order, one unpublished', async () => {
    const page = (await list('butler', '?pageSize=50')).json();
    expect(page.total).toBe(12);
    expect(new Set(page.items.map((e: Entry) => e.category)).size).toBeGreaterThanOrEqual(9);
    expect(page.items[0]).toMatchObject({ name: '江湾本帮菜馆', category: 'restaurant', published: true, allowedActions: ['edit', 'unpublish'] });
    expect(page.items.filter((e: Entry) => !e.published).map((e: Entry) => e.name)).toEqual(['小杨生煎（江湾店）']);
  });

  it('owner: sees the eleven published entries of their project, without staff fields', async () => {
    const page = (await ownerSearch('?pageSize=50')).json();
    expect(page.total).toBe(11);
    expect(page.items.map((e: { name: string }) => e.name)).not.toContain('小杨生煎（江湾店）');
    expect(Object.keys(page.items[0]).sort()).toEqual(['address', 'category', 'id', 'name', 'note', 'openingHours', 'phone', 'projectId', 'tags']);
  });
});

describe('life information: keeping an entry', () => {
  it('butler: creates a draft (tags tidied), edits it, publishes it for owners, takes it back; history and audit each step', async () => {
    const res = await create('butler');
    expect(res.statusCode, res.body).toBe(201);
    const e = res.json();
    expect(e).toMatchObject({ ...laundry, tags: ['衬衫', '上门'], published: false, publishedAt: null, sortOrder: 0, version: 1, updatedBy: { name: '管家 刘芳' }, allowedActions: ['edit', 'publish'] });
    expect(await names(ownerSearch('?q=净衣坊'))).toEqual([]);

    const edited = await t.as('butler').patch(`/api/life-info/${e.id}`, { note: '衬衫 12 元一件', sortOrder: 5, version: 1 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ note: '衬衫 12 元一件', sortOrder: 5, address: laundry.address, version: 2 });
    const stale = await t.as('manager').patch(`/api/life-info/${e.id}`, { note: '旧版本上的修改', version: 1 });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'STALE_UPDATE']);

    const published = await t.as('manager').post(`/api/life-info/${e.id}/publish`, { version: 2 });
    expect(published.json()).toMatchObject({ published: true, publishedAt: NOW.toISOString(), version: 3, allowedActions: ['edit', 'unpublish'] });
    expect(await names(ownerSearch('?q=净衣坊'))).toEqual(['净衣坊洗衣店']);
    const twice = await t.as('butler').post(`/api/life-info/${e.id}/publish`, {});
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'FORBIDDEN_TRANSITION']);

    const back = await t.as('butler').post(`/api/life-info/${e.id}/unpublish`, {});
    expect(back.json()).toMatchObject({ published: false, version: 4 });
    expect(await names(ownerSearch('?q=净衣坊'))).toEqual([]);

    const events = await t.ctx.db.selectFrom('life_info_entry_events').select('action').where('entry_id', '=', e.id).orderBy('id').execute();
    expect(events.map((x) => x.action)).toEqual(['create', 'update', 'publish', 'unpublish']);
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', e.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'publish', 'unpublish']);
  });

  it('company admin: creates an entry published at once; clearing the phone keeps the address', async () => {
    const e = (await create('admin', { category: 'bank', name: `储蓄所 ${Date.now()}`, phone: '95588', published: true, sortOrder: 1 })).json();
    expect(e).toMatchObject({ published: true, address: null, phone: '95588' });
    const noContact = await t.as('admin').patch(`/api/life-info/${e.id}`, { phone: '', version: e.version });
    expect([noContact.statusCode, noContact.json().error.fields]).toEqual([400, { phone: '电话和地址至少填写一项', address: '电话和地址至少填写一项' }]);
    const moved = await t.as('admin').patch(`/api/life-info/${e.id}`, { phone: null, address: '淞沪路 1 号', version: e.version });
    expect(moved.json()).toMatchObject({ phone: null, address: '淞沪路 1 号', version: 2 });
  });

  it('bad input names the fields in Chinese or English, and nothing is written', async () => {
    const before = await count();
    const bad = await create('butler', { category: 'spa', name: '', phone: '电话', note: 'x'.repeat(501), tags: ['x'.repeat(21)], sortOrder: -1 });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['category', 'name', 'note', 'phone', 'sortOrder', 'tags.0']);
    expect(bad.json().error.fields.name).toBe('必填');
    const none = await create('butler', { category: 'other', name: '无联系方式' });
    expect(none.json().error.fields).toEqual({ phone: '电话和地址至少填写一项', address: '电话和地址至少填写一项' });
    const en = await create('butler', { ...laundry, extra: 1 }, p1, { 'accept-language': 'en' });
    expect(en.json().error.fields).toEqual({ extra: 'Field not allowed' });
    const enRule = await create('butler', { category: 'other', name: 'x' }, p1, { 'accept-language': 'en' });
    expect(enRule.json().error.fields.phone).toBe('Enter a phone number or an address');
    const noVersion = await t.as('butler').patch(`/api/life-info/${(await list('butler')).json().items[0].id}`, { note: 'x' });
    expect(noVersion.json().error.fields).toEqual({ version: '必填' });
    expect(await count()).toBe(before);
  });
});

describe('life information: searching', () => {
  it('staff: a keyword reaches name, address, tags and note, case-insensitively; category and published filter; paged', async () => {
    expect(await names(list('butler', '?q=本帮'))).toEqual(['江湾本帮菜馆']);
    expect(await names(list('butler', '?q=国权路'))).toEqual(['安心家政服务有限公司']);
    expect(await names(list('butler', '?q=月嫂'))).toEqual(['安心家政服务有限公司']);
    expect(await names(list('butler', '?q=医保'))).toEqual(['仁和大药房（江湾路店）']);
    expect(await names(list('butler', '?q=imax'))).toEqual(['江湾星光影城']);
    expect(await names(list('butler', '?category=restaurant&published=false'))).toEqual(['小杨生煎（江湾店）']);
    const page = (await list('butler', '?published=true&pageSize=5&page=2')).json();
    expect([page.items.length, page.page, page.pageSize]).toEqual([5, 2, 5]);
  });

  it('owner: keyword and category over published entries only', async () => {
    expect(await names(ownerSearch('?category=restaurant'))).toEqual(['江湾本帮菜馆', '禾下粤式茶餐厅']);
    expect(await names(ownerSearch('?q=生煎'))).toEqual([]);
    expect(await names(ownerSearch('?q=外卖&category=restaurant'))).toEqual(['禾下粤式茶餐厅']);
    const bad = await ownerSearch('?category=spa');
    expect(bad.json().error.fields).toHaveProperty('category');
  });

  it('% and _ in the keyword are literal characters, not wildcards', async () => {
    await create('butler', { category: 'other', name: '满 100% 返券的商店', address: '政立路 1 号', published: true });
    await create('butler', { category: 'other', name: 'wifi_free 咖啡', address: '政立路 2 号', published: true });
    expect(await names(list('butler', `?q=${encodeURIComponent('%')}`))).toEqual(['满 100% 返券的商店']);
    expect(await names(ownerSearch(`?q=${encodeURIComponent('%')}`))).toEqual(['满 100% 返券的商店']);
    expect(await names(list('butler', `?q=${encodeURIComponent('_')}`))).toEqual(['wifi_free 咖啡']);
    expect(await names(list('butler', `?q=${encodeURIComponent('江湾%店')}`))).toEqual([]);
    expect(await names(list('butler', `?q=${encodeURIComponent('!')}`))).toEqual([]);
  });
});

describe('life information: who may do what', () => {
  it('manager and admin edit; the regional head reads only; other staff and owners 403 on staff routes; project-2 staff 404', async () => {
    expect((await create('manager', { ...laundry, name: '经理新增' })).statusCode).toBe(201);
    expect((await list('regional')).statusCode).toBe(200);
    expect((await list('regional')).json().items[0].allowedActions).toEqual([]);
    for (const who of ['regional', 'technician', 'sales', 'marketing', 'owner']) expect((await create(who)).statusCode, who).toBe(403);
    for (const who of ['technician', 'sales', 'marketing', 'owner']) expect((await list(who)).statusCode, who).toBe(403);
    expect((await list('butler2')).statusCode).toBe(404);
    expect((await create('butler2')).statusCode).toBe(404);
    const id = (await list('butler')).json().items[0].id;
    expect((await t.as('butler2').get(`/api/life-info/${id}`)).statusCode).toBe(404);
    expect((await t.as('butler2').patch(`/api/life-info/${id}`, { note: 'x', version: 1 })).statusCode).toBe(404);
    expect((await t.as('butler2').post(`/api/life-info/${id}/unpublish`, {})).statusCode).toBe(404);
    expect((await t.as('regional').post(`/api/life-info/${id}/unpublish`, {})).statusCode).toBe(403);
    expect((await t.as(null).get(`/api/life-info/${id}`)).statusCode).toBe(401);
  });

  it('owner: never sees another project’s entries, even published; asking for that project is 404; staff get 403 on the phone route', async () => {
    const other = await create('butler2', { category: 'restaurant', name: '滨江西餐厅', address: '滨江大道 1666 号', published: true }, p2);
    expect(other.statusCode, other.body).toBe(201);
    expect(await names(ownerSearch('?q=滨江'))).toEqual([]);
    expect((await ownerSearch(`?projectId=${p2}`)).statusCode).toBe(404);
    expect((await ownerSearch(`?projectId=${p1}&q=本帮`)).json().items.map((e: { name: string }) => e.name)).toEqual(['江湾本帮菜馆']);
    for (const who of ['butler', 'admin']) expect((await ownerSearch('', who)).statusCode, who).toBe(403);
    expect((await t.as(null).get('/api/h5/life-info')).statusCode).toBe(401);
  });
});
