import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { multipartFile } from '../../testing/multipart.js';
import { countRows, expectStatus, h5Order, insertItem, notificationsOf, staffOrder } from './work-order-test-kit.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR work order photo')]);
async function upload(who: string, projectId?: string): Promise<string> {
  const { payload, headers } = multipartFile(PNG, '漏水.png', { type: 'image/png' });
  const res = await t.as(who).post(`/api/files${projectId ? `?projectId=${projectId}` : ''}`, payload, headers);
  expectStatus(res, 201);
  return res.json().id;
}

const minutesBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 60_000);

describe('staff record a work order', () => {
  it('butler: a phone call for a household becomes an accepted order the butler is accountable for', async () => {
    const res = await t.as('butler').post('/api/work-orders', {
      projectId: t.demo.projectIds[0],
      householdId: t.demo.ownerHouseholdId,
      kind: 'complaint',
      channel: 'phone',
      title: '夜间施工噪音',
      description: '22 点后仍在施工',
    });
    expectStatus(res, 201);
    const o = res.json();
    expect(o.number).toMatch(/^GD-\d{8}-\d{4}$/);
    expect(o).toMatchObject({ status: 'accepted', kind: 'complaint', channel: 'phone', title: '夜间施工噪音', emergency: false, returnVisitRequired: true });
    expect(o.accountableStaff).toEqual({ id: t.demo.users.butler, name: '管家 刘芳' });
    // The requester is the household's owner, as recorded on the household; the phone is masked and the butler may reveal it.
    expect(o.requester).toEqual({ userId: null, name: '吴先生', phone: '138****5678', phoneRevealable: true });
    expect(o.household).toMatchObject({ id: t.demo.ownerHouseholdId, name: '吴宅' });
    expect(o.unit).toMatchObject({ id: t.demo.ownerUnitId, code: '1-101', buildingName: '1号楼' });
    expect(o.acceptedAt).not.toBeNull();
    expect(o.events).toEqual([expect.objectContaining({ action: 'create', fromStatus: null, toStatus: 'accepted', actor: { id: t.demo.users.butler, name: '管家 刘芳' } })]);
    // No item: 30 minutes to accept, a day to complete, by the clock.
    expect(minutesBetween(o.createdAt, o.acceptDueAt)).toBe(30);
    expect(minutesBetween(o.createdAt, o.completeDueAt)).toBe(1440);
    expect(o.allowedActions).toEqual(['dispatch', 'resolve', 'cancel']);
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', o.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['workOrder.create']);
  });

  it('butler: numbers count up per day; the title defaults to the item name', async () => {
    const itemId = await insertItem(t, { name: '疏通下水道', bookable: 0 });
    const first = (await t.as('butler').post('/api/work-orders', { projectId: t.demo.projectIds[0], householdId: t.demo.ownerHouseholdId, kind: 'repair', channel: 'visit', serviceItemId: itemId })).json();
    const second = (await t.as('butler').post('/api/work-orders', { projectId: t.demo.projectIds[0], requesterName: '访客 钱女士', kind: 'inquiry', channel: 'visit', title: '停车收费标准' })).json();
    expect(first.title).toBe('疏通下水道');
    expect(first.category).toEqual({ number: 8, name: '维修服务' });
    expect(first.serviceItem).toMatchObject({ id: itemId, name: '疏通下水道' });
    const n = (o: { number: string }) => Number(o.number.slice(-4));
    expect(n(second)).toBe(n(first) + 1);
    expect(second).toMatchObject({ household: null, unit: null, requester: { name: '访客 钱女士', phone: null } });
  });

  it('butler: an emergency repair gets 15 minutes to accept and 4 hours to complete', async () => {
    const o = (await t.as('butler').post('/api/work-orders', { projectId: t.demo.projectIds[0], householdId: t.demo.ownerHouseholdId, kind: 'repair', channel: 'phone', title: '爆管', emergency: true })).json();
    expect(o.emergency).toBe(true);
    expect(minutesBetween(o.createdAt, o.acceptDueAt)).toBe(15);
    expect(minutesBetween(o.createdAt, o.completeDueAt)).toBe(240);
  });

  it("butler: an item's SLA counts in working minutes when its basis is 'working'", async () => {
    const itemId = await insertItem(t, { sla_basis: 'working', sla_accept_minutes: 60, sla_complete_minutes: 480, bookable: 0 });
    const o = (await t.as('butler').post('/api/work-orders', { projectId: t.demo.projectIds[0], householdId: t.demo.ownerHouseholdId, kind: 'repair', channel: 'phone', serviceItemId: itemId })).json();
    // Whatever the hour, 60 working minutes never end before 60 clock minutes, and land inside office hours.
    expect(minutesBetween(o.createdAt, o.acceptDueAt)).toBeGreaterThanOrEqual(60);
    const hhmm = new Date(Date.parse(o.acceptDueAt) + 8 * 3_600_000).toISOString().slice(11, 16);
    expect(hhmm >= '08:30' && hhmm <= '17:30').toBe(true);
  });

  it('technician, sales and owner accounts may not record orders for others (403)', async () => {
    const body = { projectId: t.demo.projectIds[0], kind: 'request', channel: 'phone', title: '代登记', requesterName: '某人' };
    for (const who of ['technician', 'sales', 'marketing', 'owner']) expectStatus(await t.as(who).post('/api/work-orders', body), 403);
  });

  it('butler2: a project or household they do not work in is not found (404)', async () => {
    expectStatus(await t.as('butler2').post('/api/work-orders', { projectId: t.demo.projectIds[0], kind: 'request', channel: 'phone', title: 'x', requesterName: '某人' }), 404);
    const res = await t.as('butler2').post('/api/work-orders', { projectId: t.demo.projectIds[1], householdId: t.demo.ownerHouseholdId, kind: 'request', channel: 'phone', title: 'x' });
    expectStatus(res, 404);
  });
});

describe('bad input: a field is named and nothing is written', () => {
  const base = () => ({ projectId: t.demo.projectIds[0], householdId: t.demo.ownerHouseholdId, kind: 'request', channel: 'phone', title: '测试' });
  const cases: Array<[string, () => Promise<Record<string, unknown>>, number, string]> = [
    ['an unknown kind', async () => ({ ...base(), kind: 'party' }), 400, 'kind'],
    ['an H5 channel from staff', async () => ({ ...base(), channel: 'h5' }), 400, 'channel'],
    ['no title and no item', async () => ({ ...base(), title: '' }), 400, 'title'],
    ['no requester at all', async () => ({ ...base(), householdId: null }), 400, 'requesterName'],
    ['a malformed date', async () => ({ ...base(), kind: 'booking', serviceDate: '2026-02-30', serviceStart: '10:00' }), 400, 'serviceDate'],
    ['a booking without an item', async () => ({ ...base(), kind: 'booking', serviceDate: '2030-01-02', serviceStart: '10:00' }), 400, 'serviceItemId'],
    ['a service date on a repair', async () => ({ ...base(), kind: 'repair', serviceDate: '2030-01-02' }), 400, 'serviceDate'],
    ['an item of another project', async () => ({ ...base(), serviceItemId: await insertItem(t, {}, 1) }), 400, 'serviceItemId'],
    ['a disabled item', async () => ({ ...base(), serviceItemId: await insertItem(t, { enabled: 0 }) }), 422, 'serviceItemId'],
    ['a repair of an item that cannot be repaired', async () => ({ ...base(), kind: 'repair', serviceItemId: await insertItem(t, { repairable: 0 }) }), 422, 'serviceItemId'],
    ['a booking of an item that cannot be booked', async () => ({ ...base(), kind: 'booking', serviceItemId: await insertItem(t, { bookable: 0 }), serviceDate: '2030-01-02', serviceStart: '10:00' }), 422, 'serviceItemId'],
    ['an end before the start', async () => ({ ...base(), kind: 'booking', serviceItemId: await insertItem(t), serviceDate: '2030-01-02', serviceStart: '10:00', serviceEnd: '09:00' }), 400, 'serviceEnd'],
    ['a unit of another household', async () => ({ ...base(), unitId: (await t.ctx.db.selectFrom('units').select('id').where('code', '=', '1-102').where('project_id', '=', t.demo.projectIds[0]).executeTakeFirstOrThrow()).id }), 400, 'unitId'],
    ["someone else's photo", async () => ({ ...base(), photoIds: [await upload('owner', t.demo.projectIds[0])] }), 400, 'photoIds'],
    ['an unknown field', async () => ({ ...base(), status: 'closed' }), 400, 'status'],
  ];
  for (const [name, body, status, field] of cases) {
    it(`butler: ${name} → ${status} naming ${field}`, async () => {
      const payload = await body();
      const before = await Promise.all([countRows(t, 'work_orders'), countRows(t, 'work_order_events'), countRows(t, 'audit_log')]);
      const res = await t.as('butler').post('/api/work-orders', payload);
      expectStatus(res, status);
      expect(Object.keys(res.json().error.fields ?? {})).toContain(field);
      expect(await Promise.all([countRows(t, 'work_orders'), countRows(t, 'work_order_events'), countRows(t, 'audit_log')])).toEqual(before);
    });
  }

  it('messages come in the caller’s language', async () => {
    const res = await t.as('butler').post('/api/work-orders', { ...base(), householdId: null }, { 'accept-language': 'en' });
    expect(res.json().error.fields.requesterName).toBe('Required');
  });
});

describe('owners submit on H5', () => {
  it('owner: a request waits unaccountable for the desk, who are told', async () => {
    const photo = await upload('owner');
    const res = await t.as('owner').post('/api/h5/work-orders', {
      projectId: t.demo.projectIds[0],
      householdId: t.demo.ownerHouseholdId,
      kind: 'repair',
      title: '卫生间漏水',
      photoIds: [photo],
    });
    expectStatus(res, 201);
    const o = res.json();
    expect(o).toMatchObject({ status: 'submitted', title: '卫生间漏水', unitLabel: '1号楼 1-101', allowedActions: ['cancel'], canUrge: true });
    expect(o.photos.map((p: { id: string }) => p.id)).toEqual([photo]);
    const row = await t.ctx.db.selectFrom('work_orders').selectAll().where('id', '=', o.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ accountable_staff_id: null, requester_user_id: t.demo.users.owner, requester_name: '吴先生', requester_phone: '13812345678', channel: 'h5' });
    // The photo uploaded without a project is filed under the order's project, so the desk can open it.
    expectStatus(await t.as('butler').get(`/api/files/${photo}`), 200);
    for (const desk of ['butler', 'manager']) {
      expect(await notificationsOf(t, t.demo.users[desk], o.id)).toEqual([expect.objectContaining({ kind: 'workOrder.submitted', title: '新工单：卫生间漏水', link: `/work-orders/${o.id}` })]);
    }
    expect(await notificationsOf(t, t.demo.users.butler2, o.id)).toEqual([]);
  });

  it("owner: another household is not found (404) and nothing is written", async () => {
    const other = await t.ctx.db.selectFrom('households').select('id').where('id', '!=', t.demo.ownerHouseholdId).executeTakeFirst();
    const householdId = other?.id ?? '01890000-0000-7000-8000-000000000000';
    const before = await countRows(t, 'work_orders');
    expectStatus(await t.as('owner').post('/api/h5/work-orders', { projectId: t.demo.projectIds[0], householdId, kind: 'repair', title: 'x' }), 404);
    expect(await countRows(t, 'work_orders')).toBe(before);
  });

  it('owner: a household is required and must be in the project', async () => {
    const missing = await t.as('owner').post('/api/h5/work-orders', { projectId: t.demo.projectIds[0], kind: 'repair', title: 'x' });
    expectStatus(missing, 400);
    expect(missing.json().error.fields).toHaveProperty('householdId');
    const elsewhere = await t.as('owner').post('/api/h5/work-orders', { projectId: t.demo.projectIds[1], householdId: t.demo.ownerHouseholdId, kind: 'repair', title: 'x' });
    expectStatus(elsewhere, 400);
    expect(elsewhere.json().error.fields).toHaveProperty('householdId');
  });

  it('staff may not use the H5 endpoint (403)', async () => {
    expectStatus(await t.as('butler').post('/api/h5/work-orders', { projectId: t.demo.projectIds[0], householdId: t.demo.ownerHouseholdId, kind: 'repair', title: 'x' }), 403);
  });

  it('a complaint always needs a return visit; an item decides for the rest', async () => {
    const itemId = await insertItem(t, { return_visit_required: 1, bookable: 0 });
    const withVisit = await h5Order(t, { kind: 'repair', serviceItemId: itemId });
    const complaint = await h5Order(t, { kind: 'complaint', title: '保安态度差' });
    const plain = await h5Order(t);
    const required = async (id: string) => (await t.ctx.db.selectFrom('work_orders').select('return_visit_required').where('id', '=', id).executeTakeFirstOrThrow()).return_visit_required;
    expect([await required(withVisit), await required(complaint), await required(plain)]).toEqual([1, 1, 0]);
    const staff = await staffOrder(t);
    expect(await required(staff)).toBe(0);
  });
});
