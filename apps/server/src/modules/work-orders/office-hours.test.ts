import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../platform/db/transaction.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { loadActor } from '../auth/session.js';
import { createWorkOrder } from './create-work-order.js';
import { officeHoursByProject, officeHoursOf } from './office-hours.js';
import { expectStatus, insertItem } from './work-order-test-kit.js';

let t: TestApp;
let p1: string;
let center: { id: string; version: number };
beforeAll(async () => {
  t = await createTestApp();
  p1 = t.demo.projectIds[0];
  center = (await t.as('admin').get(`/api/projects/${p1}/service-centers`)).json().items[0];
});
afterAll(async () => t.close());

async function butler() {
  const user = await t.ctx.db.selectFrom('users').selectAll().where('username', '=', 'butler').executeTakeFirstOrThrow();
  return loadActor(t.ctx.db, user);
}

// Monday 2026-03-02, 17:45 in Shanghai: after 17:30, before 18:00.
const LATE_MONDAY = new Date('2026-03-02T09:45:00Z');

async function acceptDueFor(itemId: string) {
  const actor = await butler();
  const order = await inTransaction(t.ctx.db, (trx) =>
    createWorkOrder(trx, actor, { projectId: p1, kind: 'request', channel: 'phone', serviceItemId: itemId, householdId: t.demo.ownerHouseholdId }, LATE_MONDAY),
  );
  return order.accept_due_at;
}

describe('office hours of the service center bound working-hour SLA clocks', () => {
  it('demo: the service center keeps office hours 08:30–17:30, shown on the service center', async () => {
    expect(center).toMatchObject({ openTime: '08:30', closeTime: '17:30' });
    expect(await officeHoursOf(t.ctx.db, p1)).toEqual({ start: '08:30', end: '17:30' });
  });

  it('butler: 60 working minutes asked at 17:45 start the next working morning at 08:30', async () => {
    const itemId = await insertItem(t, { sla_basis: 'working', sla_accept_minutes: 60, bookable: 0 });
    expect(await acceptDueFor(itemId)).toBe('2026-03-03T01:30:00.000Z'); // Tuesday 09:30 Shanghai
  });

  it('admin sets office hours 09:00–18:00: the same request uses 15 minutes tonight and 45 tomorrow from 09:00', async () => {
    const res = await t.as('admin').patch(`/api/service-centers/${center.id}`, { openTime: '09:00', closeTime: '18:00', version: center.version });
    expectStatus(res, 200);
    center = res.json();
    const itemId = await insertItem(t, { sla_basis: 'working', sla_accept_minutes: 60, bookable: 0 });
    expect(await acceptDueFor(itemId)).toBe('2026-03-03T01:45:00.000Z'); // Tuesday 09:45 Shanghai
    expect((await officeHoursByProject(t.ctx.db))(p1)).toEqual({ start: '09:00', end: '18:00' });
    // A project without hours set counts 08:30–17:30.
    expect((await officeHoursByProject(t.ctx.db))('no-such-project')).toEqual({ start: '08:30', end: '17:30' });
  });

  it('admin: closing before opening is refused naming closeTime, and nothing changes', async () => {
    const res = await t.as('admin').patch(`/api/service-centers/${center.id}`, { closeTime: '08:00', version: center.version });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['closeTime']);
    expect(await officeHoursOf(t.ctx.db, p1)).toEqual({ start: '09:00', end: '18:00' });
  });

  it('a clock-hour item ignores office hours', async () => {
    const itemId = await insertItem(t, { sla_basis: 'clock', sla_accept_minutes: 60, bookable: 0 });
    expect(await acceptDueFor(itemId)).toBe('2026-03-02T10:45:00.000Z');
  });
});
