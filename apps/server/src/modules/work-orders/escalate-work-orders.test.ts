import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo, type DemoIds } from '../../demo/seed-demo.js';
import type { DbHandle } from '../../platform/db/database.js';
import type { Notifier } from '../../platform/http/notifier.js';
import { buildJobHandlers, buildJobSchedules } from '../../platform/jobs/handlers.js';
import type { JobContext } from '../../platform/jobs/job-runner.js';
import { openAnotherHandle } from '../../platform/jobs/test-handles.js';
import { createTestDb } from '../../testing/test-db.js';
import { ESCALATE_WORK_ORDERS, escalateWorkOrders, escalateWorkOrdersSchedule } from './escalate-work-orders.js';
import type { WorkOrderTable } from './tables.js';
import { fixtureOrder, insertOrders } from './work-order-fixture.js';

let h: Awaited<ReturnType<typeof createTestDb>>;
let demo: DemoIds;
beforeAll(async () => {
  h = await createTestDb();
  demo = (await seedDemo(h.db, 'escalation-pass'))!;
});
afterAll(async () => h.close());

// Monday 2026-03-02 10:00 Shanghai.
const T = Date.parse('2026-03-02T02:00:00.000Z');
const at = (minutes: number) => new Date(T + minutes * 60_000);
const iso = (minutes: number) => at(minutes).toISOString();

async function order(o: Partial<WorkOrderTable>): Promise<WorkOrderTable> {
  const row = fixtureOrder(demo, { created_at: iso(-120), accepted_at: null, accept_due_at: null, complete_due_at: null, ...o });
  await insertOrders(h.db, [row]);
  return row;
}
async function escalations(id: string) {
  const events = await h.db.selectFrom('work_order_events').selectAll().where('work_order_id', '=', id).where('action', '=', 'escalate').orderBy('id').execute();
  return events.map((e) => JSON.parse(e.data!) as { level: number; clock: string; recipient: string; userIds: string[]; dueAt: string });
}
const levelOf = async (id: string) => (await h.db.selectFrom('work_orders').select('escalation_level').where('id', '=', id).executeTakeFirstOrThrow()).escalation_level;
const noticesFor = (userId: string, id: string) =>
  h.db.selectFrom('notifications').selectAll().where('user_id', '=', userId).where('link', '=', `/work-orders/${id}`).where('kind', '=', 'workOrder.escalated').execute();

describe('the escalation ladder', () => {
  it('system: an unaccepted order climbs one level per SLA period, each level once, in order', async () => {
    // No item: the 30-minute default accept SLA is also the escalation period. Nobody assigned yet.
    const o = await order({ status: 'submitted', accept_due_at: iso(0) });
    const steps: Array<[number, number]> = [
      [-1, 0],
      [0, 1],
      [0, 1],
      [29, 1],
      [30, 2],
      [45, 2],
      [60, 3],
      [90, 4],
      [600, 4],
    ];
    for (const [minutes, level] of steps) {
      await escalateWorkOrders(h.db, at(minutes));
      expect(await levelOf(o.id), `at +${minutes} min`).toBe(level);
    }
    const fired = await escalations(o.id);
    expect(fired.map((e) => [e.level, e.recipient, e.clock])).toEqual([
      [1, 'assignee', 'accept'],
      [2, 'accountable', 'accept'],
      [3, 'serviceCenterManager', 'accept'],
      [4, 'regionalHead', 'accept'],
    ]);
    // With nobody assigned, level 1 goes to the accountable staff member.
    expect(fired.map((e) => e.userIds)).toEqual([[demo.users.butler], [demo.users.butler], [demo.users.manager], [demo.users.regional]]);
    expect(fired.map((e) => e.dueAt)).toEqual([iso(0), iso(30), iso(60), iso(90)]);
    expect(await noticesFor(demo.users.butler, o.id)).toHaveLength(2);
    const [managerNotice] = await noticesFor(demo.users.manager, o.id);
    expect(managerNotice.title).toBe(`工单超时升级（第 3 级）：${o.number}`);
    expect(managerNotice.body).toContain('受理已超时');
    expect(await noticesFor(demo.users.regional, o.id)).toHaveLength(1);
    const audits = await h.db.selectFrom('audit_log').select('action').where('entity_id', '=', o.id).execute();
    expect(audits.filter((a) => a.action === 'workOrder.escalate')).toHaveLength(4);
  });

  it('system: level 1 goes to the assignee when there is one; the complete clock counts from its deadline', async () => {
    const o = await order({ status: 'dispatched', accepted_at: iso(-120), assignee_user_id: demo.users.technician, dispatch_mode: 'assign', complete_due_at: iso(0) });
    await escalateWorkOrders(h.db, at(0));
    // The default complete SLA is a day, so level 2 waits a day.
    await escalateWorkOrders(h.db, at(1439));
    const fired = await escalations(o.id);
    expect(fired.map((e) => [e.level, e.clock, e.userIds])).toEqual([[1, 'complete', [demo.users.technician]]]);
    await escalateWorkOrders(h.db, at(1440));
    expect(await levelOf(o.id)).toBe(2);
  });

  it('system: a sweep after a long pause fires every level now due, in order, once', async () => {
    const o = await order({ status: 'submitted', accept_due_at: iso(-600) });
    await escalateWorkOrders(h.db, at(0));
    expect((await escalations(o.id)).map((e) => e.level)).toEqual([1, 2, 3, 4]);
  });

  it('system: accepted, finished and on-time orders are left alone', async () => {
    const quiet = [
      await order({ status: 'accepted', accepted_at: iso(-60), accept_due_at: iso(-30), complete_due_at: iso(600) }),
      await order({ status: 'dispatched', accepted_at: null, assignment_accepted_at: iso(-60), accept_due_at: iso(-30) }),
      await order({ status: 'completed', complete_due_at: iso(-600) }),
      await order({ status: 'closed', complete_due_at: iso(-600) }),
      await order({ status: 'cancelled', accept_due_at: iso(-600) }),
      await order({ status: 'inProgress', accepted_at: iso(-60), complete_due_at: iso(5) }),
    ];
    await escalateWorkOrders(h.db, at(0));
    for (const o of quiet) expect(await levelOf(o.id), o.status).toBe(0);
  });

  it('system: two workers sweeping at the same minute fire each level once', async () => {
    const o = await order({ status: 'submitted', accept_due_at: iso(-45) });
    // SQLite handles in one process must not wait on each other's locks; PostgreSQL gets a real second pool.
    const other: DbHandle | null = h.dialect === 'postgresql' ? await openAnotherHandle(h) : null;
    try {
      const runs = await Promise.all([escalateWorkOrders(h.db, at(0)), escalateWorkOrders(other?.db ?? h.db, at(0)), escalateWorkOrders(h.db, at(0))]);
      expect((await escalations(o.id)).map((e) => e.level)).toEqual([1, 2]);
      expect(runs.flatMap((r) => r.notifications).filter((n) => n.link === `/work-orders/${o.id}`)).toHaveLength(2);
    } finally {
      await other?.close();
    }
  });
});

describe('SLA bases', () => {
  async function itemWith(slaBasis: 'clock' | 'working', minutes: number) {
    const item = await h.db.selectFrom('service_items').select('id').where('project_id', '=', demo.projectIds[0]).orderBy('id').executeTakeFirstOrThrow();
    await h.db.updateTable('service_items').set({ sla_basis: slaBasis, sla_complete_minutes: minutes }).where('id', '=', item.id).execute();
    return item.id;
  }

  it('system: a working-hours SLA escalates in office hours, skipping the weekend', async () => {
    const itemId = await itemWith('working', 240);
    // Friday 2026-03-06 16:00 Shanghai; 4 working hours later is Monday 11:00 (03:00Z).
    const o = await order({ status: 'inProgress', accepted_at: iso(-60), service_item_id: itemId, complete_due_at: '2026-03-06T08:00:00.000Z' });
    await escalateWorkOrders(h.db, new Date('2026-03-07T04:00:00Z'));
    expect(await levelOf(o.id)).toBe(1);
    await escalateWorkOrders(h.db, new Date('2026-03-09T02:59:00Z'));
    expect(await levelOf(o.id)).toBe(1);
    await escalateWorkOrders(h.db, new Date('2026-03-09T03:00:00Z'));
    expect((await escalations(o.id)).map((e) => [e.level, e.dueAt])).toEqual([
      [1, '2026-03-06T08:00:00.000Z'],
      [2, '2026-03-09T03:00:00.000Z'],
    ]);
  });

  it('system: an emergency escalates by the clock, whatever the item says', async () => {
    const itemId = await itemWith('working', 240);
    const o = await order({ status: 'inProgress', emergency: 1, accepted_at: iso(-60), service_item_id: itemId, complete_due_at: '2026-03-06T08:00:00.000Z' });
    await escalateWorkOrders(h.db, new Date('2026-03-06T12:00:00Z'));
    expect(await levelOf(o.id)).toBe(2);
  });
});

describe('the job', () => {
  it("system: 'workOrders.escalate' is registered and scheduled every minute", () => {
    expect(Object.keys(buildJobHandlers())).toContain(ESCALATE_WORK_ORDERS);
    expect(buildJobSchedules()).toContain(escalateWorkOrdersSchedule);
    expect(escalateWorkOrdersSchedule.nextSlot(new Date('2026-03-02T02:00:30Z'))?.toISOString()).toBe('2026-03-02T02:01:00.000Z');
  });

  it('system: the handler sweeps at the runner’s clock and pushes the notices live', async () => {
    const o = await order({ status: 'submitted', accept_due_at: iso(5000) });
    const published: string[] = [];
    const notifier = { publish: (userId: string) => published.push(userId) } as unknown as Notifier;
    const handler = buildJobHandlers({ notifier })[ESCALATE_WORK_ORDERS];
    const ctx = { db: h.db, dialect: h.dialect, workerId: 'test', now: () => at(5000), job: { id: 'j', type: ESCALATE_WORK_ORDERS, attempt: 1, maxAttempts: 1, companyId: null, projectId: null } } as JobContext;
    await handler(null, ctx);
    expect(await levelOf(o.id)).toBe(1);
    expect(published).toContain(demo.users.butler);
  });
});
