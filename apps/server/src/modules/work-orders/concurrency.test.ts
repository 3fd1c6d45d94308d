import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { act, assignedToTechnician, departmentId, makeStaff, staffOrder, walk } from './work-order-test-kit.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** Sends the requests at once and returns their statuses, sorted. */
async function race(requests: Array<() => Promise<{ statusCode: number }>>): Promise<number[]> {
  const results = await Promise.all(requests.map((send) => send()));
  return results.map((r) => r.statusCode).sort();
}

async function historyOf(id: string, action: string) {
  return t.ctx.db.selectFrom('work_order_events').select('id').where('work_order_id', '=', id).where('action', '=', action).execute();
}

describe(`concurrent changes to one order (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('two dispatches from the same version: exactly one wins, the other gets 409', async () => {
    const id = await staffOrder(t);
    const { version } = (await t.as('butler').get(`/api/work-orders/${id}`)).json();
    const statuses = await race([
      () => act(t, 'butler', id, 'dispatch', { mode: 'assign', userId: t.demo.users.technician, version }),
      () => act(t, 'manager', id, 'dispatch', { mode: 'assign', userId: t.demo.users.butler, version }),
    ]);
    expect(statuses).toEqual([200, 409]);
    expect(await historyOf(id, 'dispatch')).toHaveLength(1);
    const row = await t.ctx.db.selectFrom('work_orders').select(['version', 'status']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ version: version + 1, status: 'dispatched' });
  });

  it('ten starts at once: exactly one starts the work, the rest get 409', async () => {
    const id = await assignedToTechnician(t);
    const statuses = await race(Array.from({ length: 10 }, () => () => act(t, 'technician', id, 'start')));
    expect(statuses).toEqual([200, ...Array<number>(9).fill(409)]);
    expect(await historyOf(id, 'start')).toHaveLength(1);
  });

  it('two colleagues grab the same order: one takes it, the other hears 409', async () => {
    const engineering = await departmentId(t, '工程部');
    const a = await makeStaff(t, { roles: ['technician'], departmentId: engineering });
    const b = await makeStaff(t, { roles: ['technician'], departmentId: engineering });
    const id = await staffOrder(t);
    await walk(t, id, [['butler', 'dispatch', { mode: 'grab', departmentId: engineering }]]);
    // Log both in first, so the race is only the grab.
    await Promise.all([t.cookieOf(a.username), t.cookieOf(b.username)]);
    const statuses = await race([() => act(t, a.username, id, 'grab'), () => act(t, b.username, id, 'grab')]);
    expect(statuses).toEqual([200, 409]);
    expect(await historyOf(id, 'grab')).toHaveLength(1);
  });
});
