import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '../../platform/db/database.js';
import { buildJobHandlers, buildJobSchedules } from '../../platform/jobs/handlers.js';
import { openAnotherHandle } from '../../platform/jobs/test-handles.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { elderlyHousehold, jobContext, runCareRefreshJobs, suggestionsOf } from './care-test-kit.js';
import { createDueCareWorkOrders } from './create-due-work-orders.js';
import { transitionCarePlan } from './transition-care-plan.js';
import { loadActor } from '../auth/session.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { CREATE_DUE_CARE_WORK_ORDERS, createDueWorkOrdersSchedule } from './jobs.js';

// Monday 2026-03-02, 10:00 in Shanghai.
const NOW = new Date('2026-03-02T02:00:00Z');
/** 06:00 in Shanghai on a date. */
const morningOf = (date: string) => new Date(`${date}T06:00:00+08:00`);
let t: TestApp;
let householdId: string;
let planId: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  ({ householdId } = await elderlyHousehold(t, '韩先生'));
  await runCareRefreshJobs(t);
  const visits = (await suggestionsOf(t, householdId)).find((s) => s.actionKey === 'visits')!;
  planId = (await t.as('butler').post(`/api/care-suggestions/${visits.id}/accept`, { version: visits.version })).json().plan.id;
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const ordersOf = (id: string) =>
  t.ctx.db
    .selectFrom('care_plan_occurrences as o')
    .leftJoin('work_orders as w', 'w.id', 'o.work_order_id')
    .select(['o.due_on', 'o.status', 'o.skip_reason', 'w.id', 'w.kind', 'w.title', 'w.accountable_staff_id', 'w.requester_name', 'w.household_id', 'w.category_number', 'w.status as order_status'])
    .where('o.plan_id', '=', id)
    .orderBy('o.due_on')
    .execute();
const plan = async (id = planId) => (await t.as('butler').get(`/api/care-plans?householdId=${householdId}&pageSize=50`)).json().items.find((p: { id: string }) => p.id === id);

describe('care plans create their work orders on schedule', () => {
  it('system: nothing is due before the first date', async () => {
    expect((await createDueCareWorkOrders(t.ctx.db, morningOf('2026-03-02'))).created).toBe(0);
  });

  it('system: the due date’s work order is created once, by the accepting butler for the owner, even when two workers run at once', async () => {
    // PostgreSQL gets a real second pool; SQLite handles in one process must not wait on each other's locks.
    const other: DbHandle | null = t.ctx.dialect === 'postgresql' ? await openAnotherHandle({ db: t.ctx.db, dialect: t.ctx.dialect, dataDir: '', close: async () => {} }) : null;
    try {
      const runs = await Promise.all([createDueCareWorkOrders(t.ctx.db, morningOf('2026-03-03')), createDueCareWorkOrders(other?.db ?? t.ctx.db, morningOf('2026-03-03')), createDueCareWorkOrders(t.ctx.db, morningOf('2026-03-03'))]);
      expect(runs.reduce((n, r) => n + (r.created > 0 ? 1 : 0), 0)).toBeGreaterThanOrEqual(1);
    } finally {
      await other?.close();
    }
    await createDueCareWorkOrders(t.ctx.db, morningOf('2026-03-03'));
    const orders = await ordersOf(planId);
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ due_on: '2026-03-03', status: 'created', kind: 'request', title: '定时巡查问候', accountable_staff_id: t.demo.users.butler, requester_name: '韩先生', household_id: householdId, category_number: 5, order_status: 'accepted' });
    expect(await plan()).toMatchObject({ nextDueOn: '2026-03-06', recent: [{ dueOn: '2026-03-03', status: 'created', workOrder: { id: orders[0]!.id } }] });
    const detail = await t.as('butler').get(`/api/work-orders/${orders[0]!.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().description).toContain('每周二、五 10:00');
  });

  it('system: a worker that read the plan before the other committed is stopped by the occurrence record and moves the plan on', async () => {
    // The stale reader: the plan still says 03-03, which is recorded already.
    await t.ctx.db.updateTable('care_plans').set({ next_due_on: '2026-03-03' }).where('id', '=', planId).execute();
    const run = await createDueCareWorkOrders(t.ctx.db, morningOf('2026-03-04'));
    expect(run.created).toBe(0);
    expect(await ordersOf(planId)).toHaveLength(1);
    expect((await plan()).nextDueOn).toBe('2026-03-06');
  });

  it('system: an item disabled in the project skips that date with the reason; the plan carries on', async () => {
    const item = await t.ctx.db.selectFrom('care_plans').select('service_item_id').where('id', '=', planId).executeTakeFirstOrThrow();
    await t.ctx.db.updateTable('service_items').set({ enabled: 0 }).where('id', '=', item.service_item_id).execute();
    // The demo household's plan on the same item is skipped too.
    expect((await createDueCareWorkOrders(t.ctx.db, morningOf('2026-03-06'))).skipped).toBeGreaterThanOrEqual(1);
    await t.ctx.db.updateTable('service_items').set({ enabled: 1 }).where('id', '=', item.service_item_id).execute();
    const p = await plan();
    expect(p.nextDueOn).toBe('2026-03-10');
    expect(p.recent[0]).toMatchObject({ dueOn: '2026-03-06', status: 'skipped', workOrder: null, skipReason: expect.stringContaining('停用') });
  });

  it('butler: a paused plan creates nothing; resumed late it continues from today, not the missed dates', async () => {
    let p = await plan();
    p = (await t.as('butler').post(`/api/care-plans/${planId}/pause`, { version: p.version })).json();
    expect(p).toMatchObject({ status: 'paused', allowedActions: ['resume', 'end'] });
    await createDueCareWorkOrders(t.ctx.db, morningOf('2026-03-10'));
    expect((await ordersOf(planId)).map((o) => o.due_on)).toEqual(['2026-03-03', '2026-03-06']);
    // Thursday 03-12: the missed Tuesday is not made up; next is Friday.
    const butler = await loadActor(t.ctx.db, await t.ctx.db.selectFrom('users').selectAll().where('id', '=', t.demo.users.butler!).executeTakeFirstOrThrow());
    const resumed = await inTransaction(t.ctx.db, (trx) => transitionCarePlan(trx, butler, planId, 'resume', { version: p.version }, new Date('2026-03-12T02:00:00Z')));
    expect(resumed).toMatchObject({ status: 'active', next_due_on: '2026-03-13' });
    p = await plan();
    expect((await t.as('butler').post(`/api/care-plans/${planId}/resume`, { version: p.version })).statusCode).toBe(409);
    expect((await t.as('butler2').post(`/api/care-plans/${planId}/end`, { version: p.version })).statusCode).toBe(404);
    expect((await t.as('technician').post(`/api/care-plans/${planId}/end`, { version: p.version })).statusCode).toBe(403);
    p = (await t.as('butler').post(`/api/care-plans/${planId}/end`, { version: p.version })).json();
    expect(p).toMatchObject({ status: 'ended', nextDueOn: null, allowedActions: [] });
    await createDueCareWorkOrders(t.ctx.db, morningOf('2026-03-14'));
    expect(await ordersOf(planId)).toHaveLength(2);
  });

  it('system: a one-off plan gets its single order and ends; the job is registered every 15 minutes', async () => {
    const health = (await suggestionsOf(t, householdId)).find((s) => s.actionKey === 'healthRecord')!;
    const made = (await t.as('butler').post(`/api/care-suggestions/${health.id}/accept`, { version: health.version, startOn: '2026-03-05' })).json().plan;
    expect(made).toMatchObject({ nextDueOn: '2026-03-05', upcoming: ['2026-03-05'] });
    expect(buildJobSchedules().map((s) => s.name)).toContain(createDueWorkOrdersSchedule.name);
    expect(createDueWorkOrdersSchedule.nextSlot(new Date('2026-03-05T01:07:00Z'))?.toISOString()).toBe('2026-03-05T01:15:00.000Z');
    const handler = buildJobHandlers()[CREATE_DUE_CARE_WORK_ORDERS]!;
    await handler(null, jobContext(t, CREATE_DUE_CARE_WORK_ORDERS, morningOf('2026-03-05')));
    await handler(null, jobContext(t, CREATE_DUE_CARE_WORK_ORDERS, morningOf('2026-03-06')));
    expect((await ordersOf(made.id)).map((o) => [o.due_on, o.title])).toEqual([['2026-03-05', '建立健康档案']]);
    expect(await plan(made.id)).toMatchObject({ status: 'ended', nextDueOn: null });
  });
});
