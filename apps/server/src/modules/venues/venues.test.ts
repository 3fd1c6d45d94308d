import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inTransaction } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { loadActor } from '../auth/session.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { transitionWorkOrder } from '../work-orders/transition-work-order.js';

// Monday 2026-03-02, 10:00 in Shanghai: with 提前1个工作日预约 the earliest service date is 2026-03-03.
const NOW = new Date('2026-03-02T02:00:00Z');
const TODAY = '2026-03-02';
const NEXT = '2026-03-03';

let t: TestApp;
let p1: string;
let p2: string;
let hall: { id: string; version: number };
let otherHousehold: string;

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  [p1, p2] = t.demo.projectIds;
  const res = await t.as('manager').post('/api/venues', { projectId: p1, name: '多功能厅', openTime: '09:00', closeTime: '20:00', slotMinutes: 60, capacity: 20 });
  expect(res.statusCode, res.body).toBe(201);
  hall = res.json();
  const unit = await t.ctx.db.selectFrom('units').select('id').where('project_id', '=', p1).where('code', '=', '2-101').executeTakeFirstOrThrow();
  otherHousehold = (await t.as('butler').post(`/api/projects/${p1}/households`, { unitId: unit.id, name: '郑宅' })).json().id;
  await t.as('butler').post(`/api/households/${otherHousehold}/members`, { name: '郑女士', phone: '13700002222', relation: 'owner' });
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const slotsOf = async (who: string, date: string, venueId = hall.id) => (await t.as(who).get(`/api/venues/${venueId}/slots?date=${date}`)).json();
const book = (who: string, body: Record<string, unknown>, venueId = hall.id, headers?: Record<string, string>) => t.as(who).post(`/api/venues/${venueId}/bookings`, body, headers);
const count = async (table: 'venue_bookings' | 'work_orders' | 'venues') =>
  Number((await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('venues: set-up', () => {
  it('manager: creates a venue of the project, audited', async () => {
    expect(hall).toMatchObject({ projectId: p1, name: '多功能厅', openTime: '09:00', closeTime: '20:00', slotMinutes: 60, capacity: 20, enabled: true, version: 1 });
    const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'entity_type']).where('entity_id', '=', hall.id).execute();
    expect(audit).toEqual([{ action: 'create', entity_type: 'venue' }]);
  });

  it('manager: bad input names the fields, and nothing is written', async () => {
    const before = await count('venues');
    const bad = await t.as('manager').post('/api/venues', { projectId: p1, name: ' ', openTime: '9点', closeTime: '20:00', slotMinutes: 10, capacity: 0 });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['capacity', 'name', 'openTime', 'slotMinutes']);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ openTime: '18:00', closeTime: '09:00' }, 'closeTime', /晚于/],
      [{ openTime: '09:00', closeTime: '20:00', slotMinutes: 90 }, 'slotMinutes', /整除.*09:00–20:00/],
      [{ openTime: '09:00', closeTime: '21:00' }, 'closeTime', /08:00–20:00/],
    ];
    for (const [patch, field, why] of cases) {
      const res = await t.as('manager').post('/api/venues', { projectId: p1, name: '瑜伽室', openTime: '09:00', closeTime: '20:00', slotMinutes: 60, capacity: 5, ...patch });
      expect(res.statusCode, JSON.stringify(patch)).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual([field]);
      expect(res.json().error.fields[field]).toMatch(why);
    }
    expect(await count('venues')).toBe(before);
  });

  it('manager: a second venue of the same name is 409 naming the name; a stale version is 409', async () => {
    const dup = await t.as('manager').post('/api/venues', { projectId: p1, name: '多功能厅', openTime: '09:00', closeTime: '20:00', slotMinutes: 60, capacity: 5 });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.fields).toEqual({ name: expect.stringContaining('多功能厅') });
    const gym = (await t.as('admin').post('/api/venues', { projectId: p1, name: '乒乓球室', openTime: '10:00', closeTime: '18:00', slotMinutes: 120, capacity: 4 })).json();
    const rename = await t.as('manager').patch(`/api/venues/${gym.id}`, { name: '多功能厅' });
    expect(rename.statusCode).toBe(409);
    expect(rename.json().error.code).toBe('DUPLICATE');
    const ok = await t.as('manager').patch(`/api/venues/${gym.id}`, { capacity: 6, version: 1 });
    expect(ok.json()).toMatchObject({ capacity: 6, version: 2 });
    expect((await t.as('manager').patch(`/api/venues/${gym.id}`, { capacity: 8, version: 1 })).json().error.code).toBe('STALE_UPDATE');
    const badHours = await t.as('manager').patch(`/api/venues/${gym.id}`, { slotMinutes: 90 });
    expect(badHours.json().error.fields).toEqual({ slotMinutes: expect.any(String) });
  });

  it('butler, regional and owner may not set venues up (403); a manager of another project gets 404', async () => {
    for (const who of ['butler', 'regional', 'technician', 'owner']) {
      expect((await t.as(who).post('/api/venues', { projectId: p1, name: `x-${who}`, openTime: '09:00', closeTime: '20:00', slotMinutes: 60, capacity: 5 })).statusCode).toBe(403);
      expect((await t.as(who).patch(`/api/venues/${hall.id}`, { capacity: 5 })).statusCode).toBe(403);
    }
    expect((await t.as('manager').post('/api/venues', { projectId: p2, name: '滨江会所', openTime: '09:00', closeTime: '20:00', slotMinutes: 60, capacity: 5 })).statusCode).toBe(404);
    const far = (await t.as('admin').post('/api/venues', { projectId: p2, name: '滨江会所', openTime: '09:00', closeTime: '20:00', slotMinutes: 60, capacity: 5 })).json();
    expect((await t.as('manager').patch(`/api/venues/${far.id}`, { capacity: 9 })).statusCode).toBe(404);
    for (const who of ['manager', 'butler', 'owner']) expect((await t.as(who).get(`/api/venues/${far.id}/slots?date=${NEXT}`)).statusCode).toBe(404);
    expect((await book('butler', { date: NEXT, start: '10:00', partySize: 2, householdId: t.demo.ownerHouseholdId }, far.id)).statusCode).toBe(404);
    expect((await t.as('butler2').get(`/api/venues/${far.id}/slots?date=${NEXT}`)).statusCode).toBe(200);
  });

  it('lists: staff and owners of the project; owners only see enabled venues; other projects are 404', async () => {
    const closed = (await t.as('admin').post('/api/venues', { projectId: p1, name: '恒温泳池', openTime: '09:00', closeTime: '20:00', slotMinutes: 60, capacity: 30, enabled: false })).json();
    const names = async (who: string) => (await t.as(who).get(`/api/venues?projectId=${p1}`)).json().items.map((v: { name: string }) => v.name);
    expect(await names('technician')).toContain('恒温泳池');
    expect(await names('owner')).not.toContain('恒温泳池');
    expect(await names('owner')).toContain('多功能厅');
    expect((await t.as('butler2').get(`/api/venues?projectId=${p1}`)).statusCode).toBe(404);
    expect((await t.as('owner').get(`/api/venues/${closed.id}/slots?date=${NEXT}`)).statusCode).toBe(404);
    expect((await book('owner', { date: NEXT, start: '10:00', partySize: 2 }, closed.id)).statusCode).toBe(404);
    const staff = await book('butler', { date: NEXT, start: '10:00', partySize: 2, householdId: otherHousehold }, closed.id);
    expect([staff.statusCode, staff.json().error.code]).toEqual([422, 'VENUE_DISABLED']);
  });
});

describe('venues: slots and bookings', () => {
  it('slots: past before now, too early before the earliest date, free from it on', async () => {
    const today = await slotsOf('owner', TODAY);
    expect(today).toMatchObject({ venueId: hall.id, date: TODAY, earliestDate: NEXT, calendarComplete: true });
    expect(today.slots).toHaveLength(11);
    expect(today.slots.slice(0, 3)).toEqual([
      { start: '09:00', end: '10:00', status: 'past' },
      { start: '10:00', end: '11:00', status: 'past' },
      { start: '11:00', end: '12:00', status: 'tooEarly' },
    ]);
    expect((await slotsOf('owner', NEXT)).slots.every((s: { status: string }) => s.status === 'free')).toBe(true);
    expect((await t.as('owner').get(`/api/venues/${hall.id}/slots?date=2026-02-30`)).json().error.fields).toEqual({ date: expect.any(String) });
  });

  it('owner: books a free slot for their household; it is a work order of 会所场地预定', async () => {
    const res = await book('owner', { date: NEXT, start: '10:00', partySize: 4, note: '生日聚会' });
    expect(res.statusCode, res.body).toBe(201);
    const { booking, workOrder } = res.json();
    expect(booking).toMatchObject({ venueId: hall.id, date: NEXT, start: '10:00', end: '11:00', partySize: 4, householdId: t.demo.ownerHouseholdId, status: 'active', note: '生日聚会' });
    expect(workOrder).toMatchObject({ number: expect.stringMatching(/^GD-20260302-\d{4}$/), status: 'submitted' });
    const order = await t.ctx.db.selectFrom('work_orders').innerJoin('service_items', 'service_items.id', 'work_orders.service_item_id').selectAll('work_orders').select(['service_items.name as itemName']).where('work_orders.id', '=', workOrder.id).executeTakeFirstOrThrow();
    expect(order).toMatchObject({ kind: 'booking', channel: 'h5', itemName: '会所场地预定', service_date: NEXT, service_start: '10:00', service_end: '11:00', household_id: t.demo.ownerHouseholdId });
    expect(order.title).toContain('多功能厅');
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', booking.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('the same slot again is 409 SLOT_TAKEN with a clear message, in the caller’s language', async () => {
    const zh = await book('butler', { date: NEXT, start: '10:00', partySize: 2, householdId: otherHousehold });
    expect(zh.statusCode).toBe(409);
    expect(zh.json().error).toMatchObject({ code: 'SLOT_TAKEN', message: '该时段已被预订，请选择其他时段' });
    const en = await book('butler', { date: NEXT, start: '10:00', partySize: 2, householdId: otherHousehold }, hall.id, { 'accept-language': 'en' });
    expect(en.json().error.message).toBe('This slot has just been booked; choose another');
  });

  it('butler: books on behalf of another household; staff see who holds a slot, the owner only that it is taken', async () => {
    const res = await book('butler', { date: NEXT, start: '11:00', partySize: 6, householdId: otherHousehold });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().workOrder.status).toBe('accepted');
    const staff = (await slotsOf('butler', NEXT)).slots;
    expect(staff[1]).toMatchObject({ start: '10:00', status: 'booked', booking: { householdLabel: '1号楼 1-101 吴宅', workOrderNumber: expect.any(String), partySize: 4, mine: false } });
    expect(staff[2]).toMatchObject({ start: '11:00', status: 'booked', booking: { householdLabel: '2号楼 2-101 郑宅', partySize: 6 } });
    const owner = (await slotsOf('owner', NEXT)).slots;
    expect(owner[1]).toEqual({ start: '10:00', end: '11:00', status: 'booked', booking: { id: expect.any(String), mine: true, workOrderId: expect.any(String), workOrderNumber: expect.any(String) } });
    expect(owner[2]).toEqual({ start: '11:00', end: '12:00', status: 'booked' });
  });

  it('bad bookings name the field or the rule, and write nothing', async () => {
    const before = [await count('venue_bookings'), await count('work_orders')];
    const cases: [string, Record<string, unknown>, number, string, string?][] = [
      ['owner', { date: NEXT, start: '10:30', partySize: 2 }, 400, 'VALIDATION_FAILED', 'start'],
      ['owner', { date: NEXT, start: '20:00', partySize: 2 }, 400, 'VALIDATION_FAILED', 'start'],
      ['owner', { date: NEXT, start: '12:00', partySize: 21 }, 400, 'VALIDATION_FAILED', 'partySize'],
      ['owner', { date: '2026-3-3', start: '12:00', partySize: 0 }, 400, 'VALIDATION_FAILED', 'date'],
      ['owner', { date: NEXT, start: '12:00', partySize: 2, householdId: otherHousehold }, 400, 'VALIDATION_FAILED', 'householdId'],
      ['butler', { date: NEXT, start: '12:00', partySize: 2 }, 400, 'VALIDATION_FAILED', 'householdId'],
      ['owner', { date: TODAY, start: '09:00', partySize: 2 }, 422, 'SLOT_PAST'],
      ['owner', { date: TODAY, start: '15:00', partySize: 2 }, 422, 'LEAD_TIME'],
      ['butler', { date: TODAY, start: '15:00', partySize: 2, householdId: otherHousehold, leadOverrideReason: '业主急需' }, 403, 'FORBIDDEN'],
    ];
    for (const [who, body, status, code, field] of cases) {
      const res = await book(who, body);
      expect([res.statusCode, res.json().error.code], `${who} ${JSON.stringify(body)}`).toEqual([status, code]);
      if (field) expect(Object.keys(res.json().error.fields)).toContain(field);
    }
    const early = await book('owner', { date: TODAY, start: '15:00', partySize: 2 });
    expect(early.json().error.details).toMatchObject({ earliestDate: NEXT });
    expect(early.json().error.message).toContain(NEXT);
    expect([await count('venue_bookings'), await count('work_orders')]).toEqual(before);
  });

  it('butler: a household with nobody registered is refused naming householdId', async () => {
    const unit = await t.ctx.db.selectFrom('units').select('id').where('project_id', '=', p1).where('code', '=', '3-101').executeTakeFirstOrThrow();
    const empty = (await t.as('butler').post(`/api/projects/${p1}/households`, { unitId: unit.id })).json().id;
    const res = await book('butler', { date: NEXT, start: '12:00', partySize: 2, householdId: empty });
    expect([res.statusCode, res.json().error.fields]).toEqual([400, { householdId: '该房屋尚未登记住户，请先添加业主或住户' }]);
  });

  it('manager: may book inside the lead time with a reason, recorded on the work order', async () => {
    const res = await book('manager', { date: TODAY, start: '15:00', partySize: 2, householdId: otherHousehold, leadOverrideReason: '业主急需' });
    expect(res.statusCode, res.body).toBe(201);
    const order = await t.ctx.db.selectFrom('work_orders').select('lead_override_reason').where('id', '=', res.json().workOrder.id).executeTakeFirstOrThrow();
    expect(order.lead_override_reason).toBe('业主急需');
  });

  it('technician, sales and marketing may not book (403); butler of another project gets 404', async () => {
    for (const who of ['technician', 'sales', 'marketing']) {
      expect((await book(who, { date: NEXT, start: '13:00', partySize: 2, householdId: otherHousehold })).statusCode).toBe(403);
    }
    expect((await book('butler2', { date: NEXT, start: '13:00', partySize: 2, householdId: otherHousehold })).statusCode).toBe(404);
  });
});

describe('venues: cancelling', () => {
  it('owner: cancels their booking; the work order is cancelled, and the slot can be booked again', async () => {
    const first = (await book('owner', { date: NEXT, start: '14:00', partySize: 3 })).json();
    const res = await t.as('owner').post(`/api/venue-bookings/${first.booking.id}/cancel`, { reason: '行程有变' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'cancelled', cancelledAt: expect.any(String) });
    const order = await t.ctx.db.selectFrom('work_orders').select('status').where('id', '=', first.workOrder.id).executeTakeFirstOrThrow();
    expect(order.status).toBe('cancelled');
    expect((await slotsOf('owner', NEXT)).slots[5]).toEqual({ start: '14:00', end: '15:00', status: 'free' });
    const again = await book('butler', { date: NEXT, start: '14:00', partySize: 5, householdId: otherHousehold });
    expect(again.statusCode, again.body).toBe(201);
    const rows = await t.ctx.db.selectFrom('venue_bookings').select('status').where('venue_id', '=', hall.id).where('slot_date', '=', NEXT).where('slot_start', '=', '14:00').orderBy('created_at').execute();
    expect(rows.map((r) => r.status).sort()).toEqual(['active', 'cancelled']);
    expect((await t.as('owner').post(`/api/venue-bookings/${first.booking.id}/cancel`, {})).json().error.code).toBe('BOOKING_NOT_ACTIVE');
  });

  it('who may cancel: the owner only their own (404 otherwise), desk staff of the project, never a technician', async () => {
    const staffMade = (await book('butler', { date: NEXT, start: '16:00', partySize: 2, householdId: otherHousehold })).json();
    const path = `/api/venue-bookings/${staffMade.booking.id}/cancel`;
    expect((await t.as('owner').post(path, {})).statusCode).toBe(404);
    expect((await t.as('technician').post(path, {})).statusCode).toBe(403);
    expect((await t.as('butler2').post(path, {})).statusCode).toBe(404);
    expect((await t.as('manager').post(path, { reason: '场地检修' })).statusCode).toBe(200);
  });

  it('a work order cancelled from the work-order side frees its slot too', async () => {
    const made = (await book('owner', { date: NEXT, start: '17:00', partySize: 2 })).json();
    const user = await t.ctx.db.selectFrom('users').selectAll().where('id', '=', t.demo.users.butler).executeTakeFirstOrThrow();
    const butler = await loadActor(t.ctx.db, user);
    await inTransaction(t.ctx.db, (trx) => transitionWorkOrder(trx, butler, made.workOrder.id, { action: 'cancel', reason: '业主电话取消' }));
    expect((await slotsOf('butler', NEXT)).slots[8]).toMatchObject({ start: '17:00', status: 'free' });
    const again = await book('butler', { date: NEXT, start: '17:00', partySize: 2, householdId: otherHousehold });
    expect(again.statusCode, again.body).toBe(201);
    const old = await t.ctx.db.selectFrom('venue_bookings').select('status').where('id', '=', made.booking.id).executeTakeFirstOrThrow();
    expect(old.status).toBe('cancelled');
    // The clock is frozen in this file, so both rows carry the same instant: compare as a set.
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', made.booking.id).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'release']);
  });
});

describe('venues: the unique index over active bookings', () => {
  it('refuses a second active row for a slot, and accepts any number of cancelled ones', async () => {
    const taken = await t.ctx.db.selectFrom('venue_bookings').selectAll().where('status', '=', 'active').where('venue_id', '=', hall.id).executeTakeFirstOrThrow();
    const copy = (id: string, status: 'active' | 'cancelled') => ({ ...taken, id, status });
    await expect(t.ctx.db.insertInto('venue_bookings').values(copy('dup-active', 'active')).execute()).rejects.toSatisfy(isUniqueViolation);
    await t.ctx.db.insertInto('venue_bookings').values([copy('dup-cancelled-1', 'cancelled'), copy('dup-cancelled-2', 'cancelled')]).execute();
    await t.ctx.db.deleteFrom('venue_bookings').where('id', 'in', ['dup-cancelled-1', 'dup-cancelled-2']).execute();
  });
});
