import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDate, uuidv7 } from '@guanjia/domain';
import { newRowStamp, nowIso } from '../../platform/db/transaction.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

/**
 * The proof that one slot is never double-booked: 50 owners, each with their own household, ask
 * for the same slot at the same moment through the HTTP app. Exactly one gets it; 49 get 409.
 */
const OWNERS = 50;
// Far enough ahead for 提前1个工作日预约 even across the Spring Festival.
const DATE = businessDate(Date.now() + 20 * 86_400_000);

let t: TestApp;
let venueId: string;
let itemId: string;
const usernames: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const projectId = t.demo.projectIds[0];
  const tenancy = { company_id: t.demo.companyId, project_id: projectId };
  const demoOwner = await t.ctx.db.selectFrom('users').select('password_hash').where('username', '=', 'owner').executeTakeFirstOrThrow();

  // A building of its own: one unit, household, owner and owner account per racer.
  const buildingId = uuidv7();
  await t.ctx.db.insertInto('buildings').values({ id: buildingId, ...tenancy, name: '9号楼', code: '9', floors: 25, ...newRowStamp() }).execute();
  for (let i = 0; i < OWNERS; i++) {
    const [unitId, householdId, ownerId, userId] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
    const username = `racer${i}`;
    usernames.push(username);
    await t.ctx.db.insertInto('units').values({ id: unitId, ...tenancy, building_id: buildingId, code: `9-${1000 + i}`, floor: 1 + (i % 25), area_m2: 90, layout: '两室两厅', ...newRowStamp() }).execute();
    await t.ctx.db.insertInto('owners').values({ id: ownerId, ...tenancy, name: `业主${i}`, phone: `1370000${String(1000 + i)}`, id_number: null, ...newRowStamp() }).execute();
    await t.ctx.db.insertInto('households').values({ id: householdId, ...tenancy, unit_id: unitId, name: null, ...newRowStamp() }).execute();
    await t.ctx.db.insertInto('household_members').values({ id: uuidv7(), ...tenancy, household_id: householdId, owner_id: ownerId, relation: 'owner', created_at: nowIso() }).execute();
    await t.ctx.db
      .insertInto('users')
      .values({
        id: userId,
        company_id: t.demo.companyId,
        username,
        name: `业主${i}`,
        phone: null,
        id_number: null,
        password_hash: demoOwner.password_hash,
        kind: 'owner',
        roles: JSON.stringify(['owner']),
        department_id: null,
        vendor_id: null,
        owner_id: ownerId,
        active: 1,
        ...newRowStamp(),
      })
      .execute();
    await t.ctx.db.insertInto('user_projects').values({ user_id: userId, project_id: projectId, company_id: t.demo.companyId }).execute();
  }
  for (const username of usernames) await t.cookieOf(username);

  const venue = await t.as('manager').post('/api/venues', { projectId, name: '羽毛球馆', openTime: '09:00', closeTime: '20:00', slotMinutes: 60, capacity: 8 });
  expect(venue.statusCode, venue.body).toBe(201);
  venueId = venue.json().id;
  itemId = (await t.ctx.db.selectFrom('service_items').select('id').where('project_id', '=', projectId).where('category_number', '=', 1).where('number', '=', 3).executeTakeFirstOrThrow()).id;
}, 120_000);
afterAll(async () => t.close());

async function race(start: string) {
  const responses = await Promise.all(usernames.map((u) => t.as(u).post(`/api/venues/${venueId}/bookings`, { date: DATE, start, partySize: 2 })));
  const byStatus = new Map<number, number>();
  for (const r of responses) byStatus.set(r.statusCode, (byStatus.get(r.statusCode) ?? 0) + 1);
  return { responses, byStatus: Object.fromEntries(byStatus) };
}

const slotRows = (start: string) =>
  t.ctx.db.selectFrom('venue_bookings').select(['id', 'status', 'work_order_id']).where('venue_id', '=', venueId).where('slot_date', '=', DATE).where('slot_start', '=', start).execute();
const slotOrders = (start: string) =>
  t.ctx.db.selectFrom('work_orders').select(['id', 'number', 'status']).where('service_item_id', '=', itemId).where('service_date', '=', DATE).where('service_start', '=', start).execute();

describe(`venue booking race (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('50 owners book one slot at once: exactly one 201, 49 × 409 SLOT_TAKEN, one active row, one work order', async () => {
    const { responses, byStatus } = await race('10:00');
    expect(byStatus).toEqual({ 201: 1, 409: 49 });
    for (const r of responses.filter((x) => x.statusCode === 409)) {
      expect(r.json().error).toEqual({ code: 'SLOT_TAKEN', message: '该时段已被预订，请选择其他时段', fields: { start: '该时段已被预订，请选择其他时段' } });
    }
    const winner = responses.find((r) => r.statusCode === 201)!.json();
    const rows = await slotRows('10:00');
    expect(rows).toEqual([{ id: winner.booking.id, status: 'active', work_order_id: winner.workOrder.id }]);
    expect(await slotOrders('10:00')).toEqual([{ id: winner.workOrder.id, number: winner.workOrder.number, status: 'submitted' }]);
  }, 120_000);

  it('once the winner cancels, the slot is raced for again and again exactly one wins', async () => {
    const [held] = await slotRows('10:00');
    const bookedBy = await t.ctx.db.selectFrom('venue_bookings').innerJoin('users', 'users.id', 'venue_bookings.booked_by').select('users.username').where('venue_bookings.id', '=', held!.id).executeTakeFirstOrThrow();
    expect((await t.as(bookedBy.username).post(`/api/venue-bookings/${held!.id}/cancel`, {})).statusCode).toBe(200);

    const { byStatus } = await race('10:00');
    expect(byStatus).toEqual({ 201: 1, 409: 49 });
    const rows = await slotRows('10:00');
    expect(rows.map((r) => r.status).sort()).toEqual(['active', 'cancelled']);
    const orders = await slotOrders('10:00');
    expect(orders.map((o) => o.status).sort()).toEqual(['cancelled', 'submitted']);
  }, 120_000);
});
