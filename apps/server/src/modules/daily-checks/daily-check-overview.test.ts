import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { demoSalesCenter, newSalesCenter, startCheck } from './daily-check-test-kit.js';

// Monday 2026-03-02, 10:00 in Shanghai.
const NOW = new Date('2026-03-02T02:00:00Z');

let t: TestApp;
let p1: string;
let p2: string;
let done: string;
let idle: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  [p1, p2] = t.demo.projectIds;
  // Project 1: the demo center in progress, a second center completed by the manager, a third not started.
  done = await newSalesCenter(t);
  idle = await newSalesCenter(t);
  const check = await startCheck(t, 'butler', done);
  for (const item of check.items) await t.as('butler').post(`/api/daily-check-items/${item.id}/answer`, { result: 'pass' });
  vi.setSystemTime(new Date(NOW.getTime() + 15 * 60_000));
  expect((await t.as('manager').post(`/api/daily-checks/${check.id}/complete`, {})).statusCode).toBe(200);
  vi.setSystemTime(NOW);
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

type Row = { salesCenterId: string; projectId: string; state: string; startedBy: { name: string } | null; completedBy: { name: string } | null; completedAt: string | null; answeredCount: number; itemCount: number; failedCount: number };
const overview = async (who: string, query = '') => t.as(who).get(`/api/daily-checks/overview${query}`);

describe('the managers’ overview of today’s checks', () => {
  it('manager: every sales center of the project, unfinished first, with who started and completed and when', async () => {
    const res = await overview('manager');
    expect(res.statusCode, res.body).toBe(200);
    const { businessDate, items } = res.json() as { businessDate: string; items: Row[] };
    expect(businessDate).toBe('2026-03-02');
    expect(items.map((r) => [r.salesCenterId, r.state])).toEqual([
      [idle, 'notStarted'],
      [await demoSalesCenter(t), 'inProgress'],
      [done, 'completed'],
    ]);
    expect(items[0]).toMatchObject({ checkId: null, startedBy: null, itemCount: 0 });
    expect(items[1]).toMatchObject({ startedBy: { name: '管家 刘芳' }, answeredCount: 3, itemCount: 7, completedBy: null });
    expect(items[2]).toMatchObject({ startedBy: { name: '管家 刘芳' }, completedBy: { name: '服务中心经理 张伟' }, completedAt: '2026-03-02T02:15:00.000Z', answeredCount: 7, failedCount: 0 });
  });

  it('admin and regional head: every project, or one by ?projectId; another day reads as not started', async () => {
    const all = (await overview('regional')).json().items as Row[];
    expect(new Set(all.map((r) => r.projectId))).toEqual(new Set([p1, p2]));
    expect(all.find((r) => r.projectId === p2)).toMatchObject({ state: 'notStarted' });
    const one = (await overview('admin', `?projectId=${p2}`)).json().items as Row[];
    expect(one.map((r) => r.projectId)).toEqual([p2]);
    const yesterday = (await overview('manager', '?date=2026-03-01')).json();
    expect(yesterday.businessDate).toBe('2026-03-01');
    expect((yesterday.items as Row[]).every((r) => r.state === 'notStarted')).toBe(true);
  });

  it('who sees it: butlers, the sales side and owners 403; a project one may not see 404; a bad date 400', async () => {
    for (const who of ['butler', 'butler2', 'technician', 'sales', 'marketing', 'owner']) expect((await overview(who)).statusCode, who).toBe(403);
    expect((await overview('manager', `?projectId=${p2}`)).statusCode).toBe(404);
    const bad = await overview('manager', '?date=2026-02-30');
    expect([bad.statusCode, Object.keys(bad.json().error.fields)]).toEqual([400, ['date']]);
  });
});

describe('past checks', () => {
  it('butler: the project’s checks newest day first, by sales center and date range', async () => {
    vi.setSystemTime(new Date('2026-03-03T02:00:00Z'));
    try {
      await startCheck(t, 'butler', idle);
    } finally {
      vi.setSystemTime(NOW);
    }
    const res = await t.as('butler').get(`/api/daily-checks?projectId=${p1}`);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json();
    expect(page.total).toBe(3);
    expect(page.items[0]).toMatchObject({ salesCenterId: idle, businessDate: '2026-03-03', state: 'inProgress' });
    const byCenter = (await t.as('butler').get(`/api/daily-checks?projectId=${p1}&salesCenterId=${done}`)).json();
    expect(byCenter.items.map((r: Row) => r.state)).toEqual(['completed']);
    const ranged = (await t.as('manager').get(`/api/daily-checks?projectId=${p1}&from=2026-03-03&to=2026-03-03`)).json();
    expect(ranged.items.map((r: Row) => r.salesCenterId)).toEqual([idle]);
    const bad = await t.as('manager').get(`/api/daily-checks?projectId=${p1}&from=2026-03-03&to=2026-03-01`);
    expect([bad.statusCode, bad.json().error.fields]).toEqual([400, { to: '结束日期不能早于开始日期' }]);
    expect((await t.as('butler2').get(`/api/daily-checks?projectId=${p1}`)).statusCode).toBe(404);
    expect((await t.as('sales').get(`/api/daily-checks?projectId=${p1}`)).statusCode).toBe(403);
  });
});
