import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { makeStaff } from '../work-orders/work-order-test-kit.js';
import { newSalesCenter } from './daily-check-test-kit.js';

/**
 * Two (and then ten) butlers press "start" for the same sales center at the same moment: one check
 * is started, one set of lines written, and everyone gets that check (201 for one, 200 for the rest).
 */
let t: TestApp;
const butlers: string[] = ['butler'];
beforeAll(async () => {
  t = await createTestApp();
  for (let i = 0; i < 9; i++) butlers.push((await makeStaff(t, { roles: ['butler'], name: `管家 ${i}` })).username);
  for (const who of butlers) await t.cookieOf(who);
}, 60_000);
afterAll(async () => t.close());

async function race(who: string[], salesCenterId: string) {
  const responses = await Promise.all(who.map((u) => t.as(u).post('/api/daily-checks', { salesCenterId })));
  return { statuses: responses.map((r) => r.statusCode).sort(), ids: new Set(responses.map((r) => r.json().id)) };
}

async function rowsOf(salesCenterId: string) {
  const checks = await t.ctx.db.selectFrom('daily_checks').select('id').where('sales_center_id', '=', salesCenterId).execute();
  const items = await t.ctx.db.selectFrom('daily_check_items').select('id').where('check_id', 'in', checks.map((c) => c.id)).execute();
  const starts = await t.ctx.db.selectFrom('daily_check_events').select('id').where('check_id', 'in', checks.map((c) => c.id)).where('action', '=', 'start').execute();
  return { checks: checks.length, items: items.length, starts: starts.length };
}

describe(`starting today’s check at once (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('two butlers: one 201 and one 200, the same check, one set of lines', async () => {
    const center = await newSalesCenter(t);
    const { statuses, ids } = await race(butlers.slice(0, 2), center);
    expect(statuses).toEqual([200, 201]);
    expect(ids.size).toBe(1);
    expect(await rowsOf(center)).toEqual({ checks: 1, items: 7, starts: 1 });
  });

  it('ten butlers: one 201, nine 200, one check', async () => {
    const center = await newSalesCenter(t);
    const { statuses, ids } = await race(butlers, center);
    expect(statuses).toEqual([...Array<number>(9).fill(200), 201]);
    expect(ids.size).toBe(1);
    expect(await rowsOf(center)).toEqual({ checks: 1, items: 7, starts: 1 });
  });

  it('two butlers answer different lines at once: both stand; the same line from the same version: one 409', async () => {
    const center = await newSalesCenter(t);
    const check = (await t.as('butler').post('/api/daily-checks', { salesCenterId: center })).json() as { id: string; items: { id: string }[] };
    const [a, b] = check.items;
    const both = await Promise.all([
      t.as(butlers[0]!).post(`/api/daily-check-items/${a!.id}/answer`, { result: 'pass', version: 1 }),
      t.as(butlers[1]!).post(`/api/daily-check-items/${b!.id}/answer`, { result: 'pass', version: 1 }),
    ]);
    expect(both.map((r) => r.statusCode)).toEqual([200, 200]);
    const same = await Promise.all([
      t.as(butlers[2]!).post(`/api/daily-check-items/${a!.id}/answer`, { result: 'pass', note: '甲', version: 2 }),
      t.as(butlers[3]!).post(`/api/daily-check-items/${a!.id}/answer`, { result: 'pass', note: '乙', version: 2 }),
    ]);
    expect(same.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const answers = await t.ctx.db.selectFrom('daily_check_events').select('id').where('item_id', '=', a!.id).execute();
    expect(answers).toHaveLength(2);
  });
});
