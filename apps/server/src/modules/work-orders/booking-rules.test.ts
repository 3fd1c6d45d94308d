import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { getWorkingCalendar } from '../calendar/working-calendar-cache.js';
import { countRows, expectStatus, insertItem, shanghaiDate } from './work-order-test-kit.js';

let t: TestApp;
let threeDayItem: string;
beforeAll(async () => {
  t = await createTestApp();
  // Like 植物代种植: three working days' notice, served every day round the clock.
  threeDayItem = await insertItem(t, { name: '植物代种植', lead_working_days: 3, repairable: 0 });
});
afterAll(async () => t.close());

const ownerBooking = (body: Record<string, unknown>) =>
  t.as('owner').post('/api/h5/work-orders', { projectId: t.demo.projectIds[0], householdId: t.demo.ownerHouseholdId, kind: 'booking', serviceItemId: threeDayItem, ...body });
const staffBooking = (who: string, body: Record<string, unknown>, headers?: Record<string, string>) =>
  t.as(who).post('/api/work-orders', { projectId: t.demo.projectIds[0], householdId: t.demo.ownerHouseholdId, kind: 'booking', channel: 'phone', serviceItemId: threeDayItem, ...body }, headers);

async function earliest(leadWorkingDays: number) {
  return (await getWorkingCalendar(t.ctx.db)).earliestServiceDate(new Date(), leadWorkingDays);
}

describe('lead time in working days', () => {
  it('owner: a date inside the lead time is refused with the earliest date, then that date is accepted', async () => {
    const { date, calendarComplete } = await earliest(3);
    const before = await countRows(t, 'work_orders');
    const refused = await ownerBooking({ serviceDate: shanghaiDate(1), serviceStart: '10:00' });
    expectStatus(refused, 422);
    const error = refused.json().error;
    expect(error.code).toBe('LEAD_TIME');
    expect(error.message).toBe(`该项目需提前 3 个工作日预约，最早可预约日期为 ${date}`);
    expect(error.fields.serviceDate).toContain(date);
    expect(error.details).toEqual({ earliestDate: date, leadWorkingDays: 3, calendarComplete });
    expect(await countRows(t, 'work_orders')).toBe(before);

    const accepted = await ownerBooking({ serviceDate: date, serviceStart: '10:00', serviceEnd: '11:30' });
    expectStatus(accepted, 201);
    expect(accepted.json()).toMatchObject({ status: 'submitted', serviceDate: date, serviceStart: '10:00', serviceEnd: '11:30', title: '植物代种植' });
    // Completing is promised from the appointment's start (10:00 Shanghai), not from now.
    expect(accepted.json().completeDueAt).toBe(new Date(Date.parse(`${date}T10:00:00+08:00`) + 1440 * 60_000).toISOString());
  });

  it('the refusal speaks English to an English caller', async () => {
    const { date } = await earliest(3);
    const res = await staffBooking('butler', { serviceDate: shanghaiDate(1), serviceStart: '10:00' }, { 'accept-language': 'en' });
    expectStatus(res, 422);
    expect(res.json().error.message).toBe(`This item must be booked 3 working day(s) ahead. The earliest date you can book is ${date}`);
  });

  it('an item with no lead time may be booked for later today', async () => {
    const sameDay = await insertItem(t, { lead_working_days: 0 });
    const res = await ownerBooking({ serviceItemId: sameDay, serviceDate: shanghaiDate(0), serviceStart: '23:59' });
    // Unless the test runs in the last minute of the Shanghai day.
    expect([201, 422]).toContain(res.statusCode);
    if (res.statusCode === 422) expect(res.json().error.code).toBe('SERVICE_DATE_PAST');
  });

  it('a date in the past is refused (422), even for a manager with an override', async () => {
    const res = await staffBooking('manager', { serviceDate: shanghaiDate(-1), serviceStart: '10:00', leadOverrideReason: '业主家中急事' });
    expectStatus(res, 422);
    expect(res.json().error).toMatchObject({ code: 'SERVICE_DATE_PAST', fields: { serviceDate: '预约日期或时间已过' } });
  });

  it('a repair reported now has no lead time, even on a bookable item with one', async () => {
    const repairItem = await insertItem(t, { lead_working_days: 1, repairable: 1 });
    const res = await t.as('owner').post('/api/h5/work-orders', { projectId: t.demo.projectIds[0], householdId: t.demo.ownerHouseholdId, kind: 'repair', serviceItemId: repairItem });
    expectStatus(res, 201);
    expect(res.json().serviceDate).toBeNull();
  });
});

describe('service hours and days', () => {
  it('a time outside the service hours is refused naming the field', async () => {
    const daytime = await insertItem(t, { service_hours: JSON.stringify({ start: '08:00', end: '20:00', days: [1, 2, 3, 4, 5, 6, 7] }) });
    const date = shanghaiDate(10);
    const early = await staffBooking('butler', { serviceItemId: daytime, serviceDate: date, serviceStart: '07:30' });
    expectStatus(early, 422);
    expect(early.json().error).toMatchObject({ code: 'OUTSIDE_SERVICE_HOURS', fields: { serviceStart: '预约时间须在服务时间 08:00–20:00 之内' } });
    const late = await staffBooking('butler', { serviceItemId: daytime, serviceDate: date, serviceStart: '19:00', serviceEnd: '21:00' });
    expectStatus(late, 422);
    expect(late.json().error.fields).toHaveProperty('serviceEnd');
    expectStatus(await staffBooking('butler', { serviceItemId: daytime, serviceDate: date, serviceStart: '19:00', serviceEnd: '20:00' }), 201);
  });

  it('a weekday the item is not served on is refused; a weekend it serves is fine', async () => {
    const weekdaysOnly = await insertItem(t, { service_hours: JSON.stringify({ start: '08:00', end: '20:00', days: [1, 2, 3, 4, 5] }) });
    // The next Sunday at least a week ahead, and the Monday after it.
    let offset = 7;
    while (new Date(`${shanghaiDate(offset)}T00:00:00Z`).getUTCDay() !== 0) offset++;
    const sunday = await staffBooking('butler', { serviceItemId: weekdaysOnly, serviceDate: shanghaiDate(offset), serviceStart: '10:00' });
    expectStatus(sunday, 422);
    expect(sunday.json().error.fields).toEqual({ serviceDate: '该服务项目在所选日期不提供服务' });
    expectStatus(await staffBooking('butler', { serviceItemId: weekdaysOnly, serviceDate: shanghaiDate(offset + 1), serviceStart: '10:00' }), 201);
    expectStatus(await staffBooking('butler', { serviceDate: shanghaiDate(offset), serviceStart: '10:00' }), 201);
  });

  it('a booking cannot be flagged as an emergency', async () => {
    const res = await staffBooking('butler', { serviceDate: shanghaiDate(20), serviceStart: '10:00', emergency: true });
    expectStatus(res, 400);
    expect(res.json().error.fields).toHaveProperty('emergency');
  });
});

describe('urgent override of the lead time', () => {
  it('manager: books inside the lead time with a reason; the row, the history and the audit keep it', async () => {
    const { date } = await earliest(3);
    const res = await staffBooking('manager', { serviceDate: shanghaiDate(1), serviceStart: '09:00', leadOverrideReason: '业主明日出国，需提前处理' });
    expectStatus(res, 201);
    const o = res.json();
    expect(o).toMatchObject({ serviceDate: shanghaiDate(1), leadOverrideReason: '业主明日出国，需提前处理' });
    expect(o.events.map((e: { action: string }) => e.action)).toEqual(['create', 'override']);
    expect(o.events[1]).toMatchObject({ reason: '业主明日出国，需提前处理', data: { serviceDate: shanghaiDate(1), earliestDate: date }, actor: { id: t.demo.users.manager } });
    const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'after', 'actor_id']).where('entity_id', '=', o.id).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['workOrder.create', 'workOrder.leadOverride']);
    const override = audit.find((a) => a.action === 'workOrder.leadOverride')!;
    expect(JSON.parse(override.after!)).toEqual({ serviceDate: shanghaiDate(1), earliestDate: date, reason: '业主明日出国，需提前处理' });
    expect(override.actor_id).toBe(t.demo.users.manager);
  });

  it('manager: a reason given when the date needs no override is not recorded as one', async () => {
    const { date } = await earliest(3);
    const o = (await staffBooking('manager', { serviceDate: date, serviceStart: '09:00', leadOverrideReason: '以防万一' })).json();
    expect(o.leadOverrideReason).toBeNull();
    expect(o.events.map((e: { action: string }) => e.action)).toEqual(['create']);
  });

  it('regional and admin may override too', async () => {
    for (const who of ['regional', 'admin']) expectStatus(await staffBooking(who, { serviceDate: shanghaiDate(1), serviceStart: '09:00', leadOverrideReason: '紧急' }), 201);
  });

  it('butler and owner: an override is refused with 403 and a clear message; nothing is written', async () => {
    const before = await countRows(t, 'work_orders');
    const butler = await staffBooking('butler', { serviceDate: shanghaiDate(1), serviceStart: '09:00', leadOverrideReason: '业主着急' });
    expectStatus(butler, 403);
    expect(butler.json().error).toEqual({ code: 'FORBIDDEN', message: '只有服务中心经理及以上人员可以紧急预约（不受提前预约天数限制）' });
    expectStatus(await ownerBooking({ serviceDate: shanghaiDate(1), serviceStart: '09:00', leadOverrideReason: '着急' }), 403);
    expect(await countRows(t, 'work_orders')).toBe(before);
  });
});
