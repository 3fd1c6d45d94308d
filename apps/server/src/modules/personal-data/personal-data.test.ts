import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { fixtureOrder, insertOrders } from '../work-orders/work-order-fixture.js';

const PHONE = '13812345678';
const ID = '310101198001011234';

let t: TestApp;
let ownerId: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-02T02:00:00Z'));
  t = await createTestApp();
  ownerId = (await t.ctx.db.selectFrom('household_members').select('owner_id').where('household_id', '=', t.demo.ownerHouseholdId).executeTakeFirstOrThrow()).owner_id;
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const reads = () => t.ctx.db.selectFrom('personal_data_reads').selectAll().orderBy('id').execute();

describe('full numbers only through a logged reveal', () => {
  it('butler: the household shows masked numbers; revealing the phone returns it and logs one row', async () => {
    const household = (await t.as('butler').get(`/api/households/${t.demo.ownerHouseholdId}`)).json();
    expect(household.members[0]).toMatchObject({ phone: '138****5678', idNumber: '3101**********1234' });
    const before = (await reads()).length;
    const res = await t.as('butler').post('/api/personal-data/reveal', { subjectType: 'owner', ownerId, field: 'phone', purpose: '回访致电', page: '/org/households' }, { 'x-forwarded-for': '198.51.100.4' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ field: 'phone', value: PHONE, loggedAt: '2026-03-02T02:00:00.000Z' });
    const rows = await reads();
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({ staff_user_id: t.demo.users.butler, owner_id: ownerId, subject_type: 'owner', subject_id: ownerId, field: 'phone', purpose: '回访致电', page: '/org/households', read_at: '2026-03-02T02:00:00.000Z' });
    expect(rows.at(-1)!.ip).toBeTruthy();
    // The log never holds the value itself.
    expect(JSON.stringify(rows)).not.toContain(PHONE);
  });

  it('manager: reveals the ID number of a deal buyer as signed', async () => {
    const deal = await t.ctx.db.selectFrom('deals').select(['id', 'owner_id', 'buyer_id_number']).where('project_id', '=', t.demo.projectIds[0]).where('buyer_id_number', 'is not', null).executeTakeFirstOrThrow();
    const listed = (await t.as('manager').get(`/api/deals/${deal.id}`)).json();
    expect(listed.buyer.idNumber).not.toBe(deal.buyer_id_number);
    const res = await t.as('manager').post('/api/personal-data/reveal', { subjectType: 'deal', dealId: deal.id, ownerId: deal.owner_id, field: 'idNumber' });
    expect(res.json().value).toBe(deal.buyer_id_number);
    expect((await reads()).at(-1)).toMatchObject({ subject_type: 'deal', subject_id: deal.id, owner_id: deal.owner_id, field: 'idNumber', staff_user_id: t.demo.users.manager });
  });

  it('sales and marketing (masked only) get 403 on reveal and nothing is logged; butler2 of project 2 gets 404; owner 403', async () => {
    const before = (await reads()).length;
    const body = { subjectType: 'owner', ownerId, field: 'idNumber' };
    for (const who of ['sales', 'marketing', 'owner']) expect((await t.as(who).post('/api/personal-data/reveal', body)).statusCode, who).toBe(403);
    // A technician is let in by role but may not see an owner's number outside an assigned order.
    expect((await t.as('technician').post('/api/personal-data/reveal', body)).statusCode).toBe(403);
    expect((await t.as('butler2').post('/api/personal-data/reveal', body)).statusCode).toBe(404);
    expect((await t.as(null).post('/api/personal-data/reveal', body)).statusCode).toBe(401);
    expect(await reads()).toHaveLength(before);
  });

  it('technician: reveals the requester phone of an order assigned to them (logged), not of an order in the pool', async () => {
    const mine = fixtureOrder(t.demo, { status: 'inProgress', assignee_user_id: t.demo.users.technician, dispatch_mode: 'assign', assignment_accepted_at: '2026-03-01T01:00:00.000Z', requester_phone: '13955556666' });
    const other = fixtureOrder(t.demo, { status: 'accepted' });
    await insertOrders(t.ctx.db, [mine, other]);
    const res = await t.as('technician').post('/api/personal-data/reveal', { subjectType: 'workOrder', workOrderId: mine.id, field: 'phone', purpose: '上门前联系' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().value).toBe('13955556666');
    expect((await reads()).at(-1)).toMatchObject({ subject_type: 'workOrder', subject_id: mine.id, staff_user_id: t.demo.users.technician, owner_id: null });
    expect((await t.as('technician').post('/api/personal-data/reveal', { subjectType: 'workOrder', workOrderId: other.id, field: 'phone' })).statusCode).toBe(404);
    // A work order has no ID number to reveal.
    expect((await t.as('butler').post('/api/personal-data/reveal', { subjectType: 'workOrder', workOrderId: mine.id, field: 'idNumber' })).statusCode).toBe(400);
  });

  it('owner: sees their own numbers in full, and that is not logged', async () => {
    const before = (await reads()).length;
    const mine = (await t.as('owner').get('/api/households/mine')).json();
    expect(mine.items[0].members[0]).toMatchObject({ phone: PHONE, idNumber: ID });
    expect(await reads()).toHaveLength(before);
  });
});

describe('查看记录: the read log', () => {
  it('admin: filters by staff member, owner and date, pages, and exports CSV', async () => {
    const all = (await t.as('admin').get('/api/personal-data/reads?pageSize=2')).json();
    expect(all.total).toBeGreaterThanOrEqual(3);
    expect(all.items).toHaveLength(2);
    expect(all.items[0].readAt >= all.items[1].readAt).toBe(true);
    const byButler = (await t.as('admin').get(`/api/personal-data/reads?staffUserId=${t.demo.users.butler}`)).json();
    expect(byButler.items.length).toBeGreaterThan(0);
    expect(byButler.items.every((r: { staff: { id: string } }) => r.staff.id === t.demo.users.butler)).toBe(true);
    expect(byButler.items[0]).toMatchObject({ staff: { name: expect.any(String) }, owner: { id: ownerId, name: '吴先生' }, personName: '吴先生', field: 'phone', projectName: expect.any(String) });
    const byOwner = (await t.as('admin').get(`/api/personal-data/reads?ownerId=${ownerId}`)).json();
    expect(byOwner.items.every((r: { owner: { id: string } }) => r.owner.id === ownerId)).toBe(true);
    // 2026-03-02T02:00Z is 10:00 on 2 March in Shanghai.
    expect((await t.as('admin').get('/api/personal-data/reads?from=2026-03-02&to=2026-03-02')).json().total).toBe(all.total);
    expect((await t.as('admin').get('/api/personal-data/reads?from=2026-03-03')).json().total).toBe(0);
    const csv = await t.as('admin').get(`/api/personal-data/reads/export?ownerId=${ownerId}`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('时间（北京时间）,项目,查看人,姓名,字段,来源,用途,页面,IP');
    expect(lines).toHaveLength(byOwner.total + 1);
    expect(lines[1]).toContain('2026-03-02 10:00:00');
    expect(lines[1]).toMatch(/,吴先生,(手机号|身份证号),(业主档案|成交信息|工单):/);
    expect(csv.body).not.toContain(PHONE);
  });

  it('regional head reads the log; manager, butler, sales and owner may not (403)', async () => {
    expect((await t.as('regional').get('/api/personal-data/reads')).statusCode).toBe(200);
    for (const who of ['manager', 'butler', 'sales', 'owner']) expect((await t.as(who).get('/api/personal-data/reads')).statusCode, who).toBe(403);
    expect((await t.as('admin').get(`/api/personal-data/reads?projectId=unknown`)).statusCode).toBe(404);
  });
});
