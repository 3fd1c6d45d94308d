import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildJobHandlers, buildJobSchedules } from '../../platform/jobs/handlers.js';
import type { JobContext } from '../../platform/jobs/job-runner.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { alertOpeningMilestones } from './alert-opening-milestones.js';
import { ALERT_OPENING_MILESTONES, alertOpeningMilestonesSchedule } from './jobs.js';

// 2027-01-10, 10:00 in Shanghai.
const NOW = new Date('2027-01-10T02:00:00Z');
/** 08:30 in Shanghai on that date, when the job runs. */
const morningOf = (date: string) => new Date(`${date}T00:30:00Z`);
const URL = '/api/opening-readiness';

let t: TestApp;
let p2: string;
let manager2: string;
let purchase: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  p2 = t.demo.projectIds[1];
  const user = await t.as('admin').post('/api/users', { username: 'manager2', password: 'manager2-pass', name: '服务中心经理 吴刚', roles: ['serviceCenterManager'], projectIds: [p2] });
  expect(user.statusCode, user.body).toBe(201);
  manager2 = user.json().id;
  // Purchase requests due 2027-02-28, the five 4.4.2 milestones 2027-03-31.
  const set = await t.as('admin').put(`${URL}/dates`, { projectId: p2, firstLaunchDate: '2027-05-31', clubhouseOpeningDate: null, showFlatOpeningDate: null });
  expect(set.statusCode, set.body).toBe(200);
  const milestones = set.json().milestones as { id: string; key: string }[];
  purchase = milestones.find((m) => m.key === 'clubhouseEquipmentPurchaseRequests')!.id;
  expect((await t.as('butler2').post(`${URL}/milestones/${purchase}/assign`, { ownerId: t.demo.users.butler2 })).statusCode).toBe(200);
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

/** Alerts of project 2 (the demo's project 1 has milestones of its own). */
const alerts = () =>
  t.ctx.db.selectFrom('notifications').select(['user_id', 'kind', 'title', 'body', 'link']).where('project_id', '=', p2).where('kind', 'like', 'openingMilestone.%').orderBy('id').execute();
const level = async (id: string) => (await t.ctx.db.selectFrom('opening_milestones').select('alert_level').where('id', '=', id).executeTakeFirstOrThrow()).alert_level;

describe('the daily opening-milestone alert', () => {
  it('system: nothing is told while every milestone is more than 14 days away', async () => {
    await alertOpeningMilestones(t.ctx.db, morningOf('2027-02-13'));
    expect(await alerts()).toEqual([]);
  });

  it('system: the owner is told once when the milestone turns amber, however often the job runs', async () => {
    await alertOpeningMilestones(t.ctx.db, morningOf('2027-02-14'));
    expect(await alerts()).toEqual([
      {
        user_id: t.demo.users.butler2,
        kind: 'openingMilestone.amber',
        title: '开放筹备节点即将到期：完成会所功能相关设备设施的采购申请',
        body: '“完成会所功能相关设备设施的采购申请”须在 2027-02-28 前完成，请及时跟进。',
        link: `/opening-readiness?projectId=${p2}`,
      },
    ]);
    expect(await level(purchase)).toBe('amber');
    const again = await Promise.all([alertOpeningMilestones(t.ctx.db, morningOf('2027-02-14')), alertOpeningMilestones(t.ctx.db, morningOf('2027-02-15'))]);
    expect(again.flatMap((r) => r.notifications).filter((n) => n.project_id === p2)).toEqual([]);
    expect(await alerts()).toHaveLength(1);
  });

  it('system: once overdue the owner is told red, once; the unowned milestones turning amber go to the project’s service-center managers', async () => {
    await alertOpeningMilestones(t.ctx.db, morningOf('2027-03-01'));
    await alertOpeningMilestones(t.ctx.db, morningOf('2027-03-02'));
    expect((await alerts()).map((a) => [a.user_id, a.kind])).toEqual([
      [t.demo.users.butler2, 'openingMilestone.amber'],
      [t.demo.users.butler2, 'openingMilestone.red'],
    ]);
    expect((await alerts())[1]!.title).toBe('开放筹备节点已逾期：完成会所功能相关设备设施的采购申请');

    await alertOpeningMilestones(t.ctx.db, morningOf('2027-03-17'));
    const amber = (await alerts()).slice(2);
    expect(amber).toHaveLength(5);
    expect(new Set(amber.map((a) => a.user_id))).toEqual(new Set([manager2]));
    const events = await t.ctx.db.selectFrom('opening_milestone_events').select(['actor_id', 'from_value', 'to_value']).where('project_id', '=', p2).where('action', '=', 'alerted').execute();
    expect(events).toHaveLength(7);
    expect(events.every((e) => e.actor_id === null)).toBe(true);
    expect(await t.ctx.db.selectFrom('audit_log').select('id').where('action', '=', 'openingMilestone.alert').where('project_id', '=', p2).execute()).toHaveLength(7);
  });

  it('system: a milestone done is never told; moving the launch lets a moved milestone be told again for its new date', async () => {
    const before = (await alerts()).length;
    const staffing = await t.ctx.db.selectFrom('opening_milestones').select(['id', 'version']).where('project_id', '=', p2).where('key', '=', 'clubhouseStaffing').executeTakeFirstOrThrow();
    expect((await t.as('butler2').post(`${URL}/milestones/${staffing.id}/done`, {})).statusCode).toBe(200);
    await alertOpeningMilestones(t.ctx.db, morningOf('2027-04-01'));
    // Four open 4.4.2 milestones turn red; the done one says nothing.
    expect((await alerts()).slice(before).map((a) => a.kind)).toEqual(Array(4).fill('openingMilestone.red'));

    // A month later: every milestone moves; the purchase requests (2027-03-30) are red again at once, told red only.
    const moved = await t.as('admin').put(`${URL}/dates`, { projectId: p2, firstLaunchDate: '2027-06-30', clubhouseOpeningDate: null, showFlatOpeningDate: null });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await level(purchase)).toBe('none');
    const run = await alertOpeningMilestones(t.ctx.db, morningOf('2027-04-01'));
    const told = run.notifications.filter((n) => n.project_id === p2).map((n) => [n.user_id, n.kind]);
    // The 4.4.2 milestones, now due 2027-04-30, are 29 days away: nothing yet.
    expect(told).toEqual([[t.demo.users.butler2, 'openingMilestone.red']]);
    expect(await level(purchase)).toBe('red');
  });

  it('system: the job is registered and runs every morning at 08:30 Shanghai time with the runner’s clock', async () => {
    expect(buildJobSchedules().map((s) => s.name)).toContain(alertOpeningMilestonesSchedule.name);
    expect(alertOpeningMilestonesSchedule.nextSlot(new Date('2027-03-03T12:00:00Z'))?.toISOString()).toBe('2027-03-04T00:30:00.000Z');
    const handler = buildJobHandlers()[ALERT_OPENING_MILESTONES]!;
    const before = (await alerts()).length;
    // 2027-04-16: the moved 4.4.2 milestones (due 04-30) are 14 days away, amber again.
    const ctx: JobContext = {
      db: t.ctx.db,
      dialect: t.ctx.dialect,
      job: { id: 'job-1', type: ALERT_OPENING_MILESTONES, attempt: 1, maxAttempts: 3, companyId: null, projectId: null },
      workerId: 'worker-1',
      now: () => morningOf('2027-04-16'),
    };
    await handler(null, ctx);
    expect((await alerts()).slice(before).map((a) => [a.user_id, a.kind])).toEqual(Array(4).fill([manager2, 'openingMilestone.amber']));
  });
});
