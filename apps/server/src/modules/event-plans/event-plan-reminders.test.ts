import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildJobHandlers, buildJobSchedules } from '../../platform/jobs/handlers.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { draftPlan, getPlan, noticesOf, submittedPlan, taskOf, type PlanBody } from './event-plan-test-kit.js';
import { REMIND_OVERDUE_EVENT_TASKS, remindOverdueEventTasksSchedule } from './jobs.js';
import { remindOverdueTasks } from './remind-overdue-tasks.js';

// Plans drafted on Saturday 2026-09-05; the reminder runs at 08:30 Shanghai time on Thursday 09-10.
const DRAFTED = new Date('2026-09-05T02:00:00Z');
const RUN = new Date('2026-09-10T00:30:00Z');

let t: TestApp;
let plan: PlanBody;
let cancelled: PlanBody;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(DRAFTED);
  t = await createTestApp();
  // Event on Sunday 09-20: T-14 is Sunday 09-06 (office-only, due Friday 09-04), T-13 Monday 09-07, T-12 Tuesday 09-08.
  plan = await submittedPlan(t, '2026-09-20');
  const leadGroup = taskOf(plan, 'leadGroup');
  const assignments = taskOf(plan, 'assignments');
  expect((await t.as('butler').post(`/api/event-plans/${plan.id}/tasks/${leadGroup.id}/assign`, { ownerId: t.demo.users.manager })).statusCode).toBe(200);
  expect((await t.as('manager').post(`/api/event-plans/${plan.id}/tasks/${assignments.id}/done`, { done: true })).statusCode).toBe(200);
  cancelled = await draftPlan(t, '2026-09-20');
  expect((await t.as('butler').post(`/api/event-plans/${cancelled.id}/cancel`, { reason: '取消' })).statusCode).toBe(200);
  vi.setSystemTime(RUN);
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const overdueNotices = async (planId: string, who: string) => (await noticesOf(t, planId, who)).filter((n) => n.kind === 'eventPlan.taskOverdue');

describe('the daily overdue-task reminder', () => {
  it('system: each overdue task alerts its owner and the event lead; done tasks and cancelled plans stay quiet', async () => {
    const before = await getPlan(t, plan.id);
    // Due before 09-10 and not done: leadGroup (09-04, the manager's), eventPlan and orderEmergencyPlan (09-08).
    expect(before.tasks.filter((x) => x.overdue).map((x) => x.key).sort()).toEqual(['eventPlan', 'leadGroup', 'orderEmergencyPlan']);
    const run = await remindOverdueTasks(t.ctx.db, RUN);
    expect(run.reminded).toBe(3);
    const toManager = await overdueNotices(plan.id, 'manager');
    expect(toManager).toHaveLength(1);
    expect(toManager[0]!.title).toBe(`活动准备任务已逾期：${taskOf(before, 'leadGroup').title}`);
    expect(toManager[0]!.body).toContain('2026-09-04');
    // The butler drafted the plan: the event lead hears of every overdue task.
    expect(await overdueNotices(plan.id, 'butler')).toHaveLength(3);
    expect(await overdueNotices(cancelled.id, 'butler')).toHaveLength(0);
    const stamped = await t.ctx.db.selectFrom('event_plan_tasks').select(['task_key', 'reminded_on']).where('plan_id', '=', plan.id).where('reminded_on', 'is not', null).execute();
    expect(stamped.map((r) => [r.task_key, r.reminded_on]).sort()).toEqual([
      ['eventPlan', '2026-09-10'],
      ['leadGroup', '2026-09-10'],
      ['orderEmergencyPlan', '2026-09-10'],
    ]);
    const audit = await t.ctx.db.selectFrom('audit_log').select('actor_id').where('action', '=', 'eventPlan.remindOverdue').execute();
    expect(audit.length).toBeGreaterThanOrEqual(3);
    expect(audit.every((a) => a.actor_id === null)).toBe(true);
  });

  it('system: a second run the same day, or two at once, tells nobody again; the next day reminds again', async () => {
    const again = await Promise.all([remindOverdueTasks(t.ctx.db, new Date(RUN.getTime() + 3_600_000)), remindOverdueTasks(t.ctx.db, RUN)]);
    expect(again.map((r) => r.reminded)).toEqual([0, 0]);
    expect(await overdueNotices(plan.id, 'butler')).toHaveLength(3);

    const done = taskOf(await getPlan(t, plan.id), 'eventPlan');
    expect((await t.as('butler').post(`/api/event-plans/${plan.id}/tasks/${done.id}/done`, { done: true })).statusCode).toBe(200);
    const nextDay = new Date('2026-09-11T00:30:00Z');
    const both = await Promise.all([remindOverdueTasks(t.ctx.db, nextDay), remindOverdueTasks(t.ctx.db, nextDay)]);
    // 09-10's tasks (materialsPurchase, T-10) are overdue now too; eventPlan was done meanwhile.
    const mine = (await overdueNotices(plan.id, 'butler')).length - 3;
    expect(mine).toBe(3);
    expect(both.map((r) => r.reminded).reduce((a, b) => a + b)).toBeGreaterThanOrEqual(3);
    expect(await overdueNotices(plan.id, 'manager')).toHaveLength(2);
  });

  it('system: the job is registered and scheduled every morning at 08:30 Shanghai time', async () => {
    expect(buildJobSchedules().map((s) => s.name)).toContain(remindOverdueEventTasksSchedule.name);
    expect(remindOverdueEventTasksSchedule.nextSlot(new Date('2026-09-11T12:00:00Z'))?.toISOString()).toBe('2026-09-12T00:30:00.000Z');
    expect(Object.keys(buildJobHandlers())).toContain(REMIND_OVERDUE_EVENT_TASKS);
  });
});
