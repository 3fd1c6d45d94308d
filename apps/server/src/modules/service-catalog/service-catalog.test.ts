import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../platform/db/transaction.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { loadServiceItem } from './load-service-item.js';

let t: TestApp;
let p1: string;
let p2: string;
beforeAll(async () => {
  t = await createTestApp();
  [p1, p2] = t.demo.projectIds;
});
afterAll(async () => t.close());

type Item = { id: string; number: number; name: string; enabled: boolean; handlerDepartmentId: string | null; categoryNumber: number };
type Catalog = { projectId: string; categories: { number: number; name: string; items: Item[] }[] };
const catalogOf = async (who: string, projectId: string, extra = ''): Promise<Catalog> => {
  const res = await t.as(who).get(`/api/service-catalog?projectId=${projectId}${extra}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const itemsIn = (catalog: Catalog) => catalog.categories.flatMap((c) => c.items);
const countItems = async (projectId: string) =>
  Number((await t.ctx.db.selectFrom('service_items').select((eb) => eb.fn.countAll<number>().as('n')).where('project_id', '=', projectId).executeTakeFirstOrThrow()).n);

describe('service catalog: seeding', () => {
  it('demo: both projects hold the 110 seeded items', async () => {
    expect([await countItems(p1), await countItems(p2)]).toEqual([110, 110]);
  });

  it('demo: 维修服务 is routed to the project’s 工程部, everything else is unrouted', async () => {
    for (const projectId of [p1, p2]) {
      const engineering = await t.ctx.db.selectFrom('departments').select('id').where('project_id', '=', projectId).where('name', '=', '工程部').executeTakeFirstOrThrow();
      const items = itemsIn(await catalogOf('admin', projectId));
      expect(new Set(items.filter((i) => i.categoryNumber === 8).map((i) => i.handlerDepartmentId))).toEqual(new Set([engineering.id]));
      expect(items.filter((i) => i.categoryNumber !== 8).every((i) => i.handlerDepartmentId === null)).toBe(true);
    }
  });

  it('admin: a new project starts with the 110 items, unrouted, in the same transaction as the project', async () => {
    const res = await t.as('admin').post('/api/projects', { name: '锦华·云栖', code: 'YQ03', regionId: t.demo.regionId });
    expect(res.statusCode).toBe(201);
    const projectId = res.json().id;
    expect(await countItems(projectId)).toBe(110);
    const items = itemsIn(await catalogOf('admin', projectId));
    expect(items.every((i) => i.handlerDepartmentId === null)).toBe(true);
    const total = Number((await t.ctx.db.selectFrom('service_items').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const dup = await t.as('admin').post('/api/projects', { name: '重复', code: 'YQ03', regionId: t.demo.regionId });
    expect(dup.statusCode).toBe(409);
    expect(Number((await t.ctx.db.selectFrom('service_items').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)).toBe(total);
  });

  it('loadServiceItem: returns the row of its project, 404 under another project', async () => {
    const item = await t.ctx.db.selectFrom('service_items').selectAll().where('project_id', '=', p1).where('category_number', '=', 8).where('number', '=', 18).executeTakeFirstOrThrow();
    expect((await loadServiceItem(t.ctx.db, p1, item.id)).name).toBe('疏通下水道');
    await expect(inTransaction(t.ctx.db, (trx) => loadServiceItem(trx, p2, item.id))).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadServiceItem(t.ctx.db, p1, 'no-such-item')).rejects.toMatchObject({ status: 404, params: { entity: 'entity.serviceItem' } });
  });
});

describe('service catalog: GET /api/service-catalog', () => {
  it('butler: the 11 categories in the seed order, items in printed order with gaps', async () => {
    const catalog = await catalogOf('butler', p1);
    expect(catalog.projectId).toBe(p1);
    expect(catalog.categories.map((c) => c.name)).toEqual([
      '生活秘书服务',
      '安保服务',
      '家政服务',
      '绿化服务',
      '便民服务',
      '商务服务',
      '交通服务',
      '维修服务',
      '搬运服务',
      '租赁服务',
      '房屋代管服务',
    ]);
    expect(catalog.categories.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(catalog.categories.map((c) => c.items.length)).toEqual([9, 2, 12, 4, 26, 8, 4, 33, 4, 4, 4]);
    const convenience = catalog.categories[4].items;
    expect(convenience.slice(12, 15).map((i) => [i.number, i.name])).toEqual([
      [13, '代缴水、电、燃气、有线电视等费用'],
      [14, '代接车'],
      [16, '代烹饪'],
    ]);
    expect(catalog.categories[6].items.map((i) => i.number)).toEqual([1, 3, 4, 5]);
  });

  it('butler: an item carries the full shape', async () => {
    const item = (await catalogOf('butler', p1)).categories[0].items[2];
    expect(item).toEqual({
      id: expect.any(String),
      categoryNumber: 1,
      number: 3,
      name: '会所场地预定',
      note: '提前1个工作日预约',
      leadWorkingDays: 1,
      enabled: true,
      priceMode: 'free',
      priceFen: null,
      unit: null,
      handlerDepartmentId: null,
      handlerVendorId: null,
      serviceHours: { start: '08:00', end: '20:00', days: [1, 2, 3, 4, 5, 6, 7] },
      slaAcceptMinutes: 30,
      slaCompleteMinutes: 1440,
      slaBasis: 'clock',
      returnVisitRequired: false,
      bookable: true,
      repairable: false,
      origin: 'seed',
      version: 1,
    });
    const repair = (await catalogOf('butler', p1)).categories[7].items[17];
    expect(repair).toMatchObject({ name: '疏通下水道', note: null, leadWorkingDays: 1, repairable: true, priceMode: 'quoted', slaCompleteMinutes: 480, slaBasis: 'working', returnVisitRequired: true });
  });

  it('owner: sees the enabled items of the project of their household; staff see disabled ones unless enabledOnly', async () => {
    const target = itemsIn(await catalogOf('admin', p1)).find((i) => i.name === '代烹饪')!;
    expect((await t.as('manager').patch(`/api/service-items/${target.id}`, { enabled: false })).statusCode).toBe(200);
    const owner = itemsIn(await catalogOf('owner', p1));
    expect(owner).toHaveLength(109);
    expect(owner.some((i) => i.id === target.id)).toBe(false);
    expect(itemsIn(await catalogOf('butler', p1)).find((i) => i.id === target.id)?.enabled).toBe(false);
    expect(itemsIn(await catalogOf('butler', p1, '&enabledOnly=true'))).toHaveLength(109);
    expect(itemsIn(await catalogOf('butler', p1, '&enabledOnly=false'))).toHaveLength(110);
  });

  it('owner: a category with nothing enabled is left out of the owner view only', async () => {
    const security = (await catalogOf('admin', p1)).categories[1].items;
    for (const i of security) expect((await t.as('admin').patch(`/api/service-items/${i.id}`, { enabled: false })).statusCode).toBe(200);
    expect((await catalogOf('owner', p1)).categories.map((c) => c.number)).toEqual([1, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect((await catalogOf('butler', p1)).categories).toHaveLength(11);
    for (const i of security) await t.as('admin').patch(`/api/service-items/${i.id}`, { enabled: true });
  });

  it('owner and butler: a project they cannot see is 404; butler2 sees project 2', async () => {
    for (const who of ['owner', 'butler', 'manager', 'technician']) {
      const res = await t.as(who).get(`/api/service-catalog?projectId=${p2}`);
      expect(res.statusCode).toBe(404);
    }
    expect((await catalogOf('butler2', p2)).categories).toHaveLength(11);
    expect((await t.as('regional').get(`/api/service-catalog?projectId=${p2}`)).statusCode).toBe(200);
  });

  it('a missing projectId is 400 naming projectId; anonymous is 401', async () => {
    const res = await t.as('butler').get('/api/service-catalog');
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['projectId']);
    expect((await t.as(null).get(`/api/service-catalog?projectId=${p1}`)).statusCode).toBe(401);
  });
});
