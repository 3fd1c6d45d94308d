import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildJobHandlers, buildJobSchedules } from '../../platform/jobs/handlers.js';
import type { JobContext } from '../../platform/jobs/job-runner.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createPlannedSessions } from './create-planned-sessions.js';
import { CREATE_PLANNED_TRAINING_SESSIONS, createPlannedSessionsSchedule } from './jobs.js';

// Monday 2026-09-07, 10:00 in Shanghai.
const NOW = new Date('2026-09-07T02:00:00Z');
/** 07:00 in Shanghai on that date, when the job runs. */
const morningOf = (date: string) => new Date(`${date}T07:00:00+08:00`);
const URL = '/api/training';

let t: TestApp;
let p1: string;
let planId: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  p1 = t.demo.projectIds[0];
  // Only this plan: the demo's monthly plan is paused for the test.
  const demoPlan = (await t.as('manager').get(`${URL}/plans?projectId=${p1}`)).json().items[0];
  expect((await t.as('manager').post(`${URL}/plans/${demoPlan.id}/active`, { active: false })).statusCode).toBe(200);
  const course = (await t.ctx.db.selectFrom('training_courses').select('id').where('project_id', '=', p1).where('course_key', '=', 'salesStaffPropertyKnowledge').executeTakeFirstOrThrow()).id;
  const res = await t.as('butler').post(`${URL}/plans`, {
    projectId: p1,
    courseId: course,
    trainerId: t.demo.users.butler,
    recurrence: 'everyWeeks',
    everyWeeks: 2,
    startDate: '2026-09-10',
    startTime: '17:30',
    place: '销售中心洽谈区',
  });
  expect(res.statusCode, res.body).toBe(201);
  planId = res.json().id;
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const planSessions = () => t.ctx.db.selectFrom('training_sessions').select(['id', 'session_date', 'status', 'version']).where('plan_id', '=', planId).orderBy('session_date').execute();
const plan = async () => ((await t.as('manager').get(`${URL}/plans?projectId=${p1}`)).json().items as { id: string; overdue: boolean; nextDate: string; lastDueDate: string | null }[]).find((p) => p.id === planId)!;

describe('periodic sales-staff training', () => {
  it('butler: a plan needs its interval; an unknown trainer is refused', async () => {
    const base = { projectId: p1, courseId: (await t.ctx.db.selectFrom('training_courses').select('id').where('project_id', '=', p1).executeTakeFirstOrThrow()).id, startDate: '2026-09-10', startTime: '17:30', place: '洽谈区' };
    const noWeeks = await t.as('butler').post(`${URL}/plans`, { ...base, trainerId: t.demo.users.butler, recurrence: 'everyWeeks' });
    expect(noWeeks.json().error.fields.everyWeeks).toBe('请填写间隔周数');
    const stranger = await t.as('butler').post(`${URL}/plans`, { ...base, trainerId: t.demo.users.butler2, recurrence: 'monthly', dayOfMonth: 5 });
    expect(stranger.json().error.fields.trainerId).toBe('须是本项目的员工');
  });

  it('system: the next session is created ahead once, with the project’s sales staff invited, however often the job runs', async () => {
    const first = await Promise.all([createPlannedSessions(t.ctx.db, morningOf('2026-09-07')), createPlannedSessions(t.ctx.db, morningOf('2026-09-07'))]);
    expect(first.reduce((n, r) => n + r.created, 0)).toBe(1);
    await createPlannedSessions(t.ctx.db, morningOf('2026-09-08'));
    const sessions = await planSessions();
    expect(sessions.map((s) => [s.session_date, s.status])).toEqual([['2026-09-10', 'scheduled']]);
    const invited = await t.ctx.db.selectFrom('training_session_trainees').select('user_id').where('session_id', '=', sessions[0]!.id).execute();
    expect(new Set(invited.map((i) => i.user_id))).toEqual(new Set(['sales', 'sales2', 'sales3', 'salesmgr'].map((u) => t.demo.users[u])));
    const notices = await t.ctx.db.selectFrom('notifications').select('user_id').where('kind', '=', 'training.sessionScheduled').where('link', '=', `/training?sessionId=${sessions[0]!.id}`).execute();
    expect(notices).toHaveLength(5);
    expect((await plan()).overdue).toBe(false);
  });

  it('system: once the date passed without the session held the plan is overdue, and the next one is created', async () => {
    vi.setSystemTime(new Date('2026-09-11T02:00:00Z'));
    expect(await plan()).toMatchObject({ overdue: true, lastDueDate: '2026-09-10', nextDate: '2026-09-24' });
    await createPlannedSessions(t.ctx.db, morningOf('2026-09-11'));
    expect((await planSessions()).map((s) => s.session_date)).toEqual(['2026-09-10', '2026-09-24']);
    // Held late, on the 11th: the plan is no longer overdue.
    const late = (await planSessions())[0]!;
    expect((await t.as('butler').post(`${URL}/sessions/${late.id}/hold`, {})).statusCode).toBe(200);
    expect((await plan()).overdue).toBe(false);
  });

  it('system: the job is registered, runs every morning at 07:00 Shanghai time with the runner’s clock', async () => {
    expect(buildJobSchedules().map((s) => s.name)).toContain(createPlannedSessionsSchedule.name);
    expect(createPlannedSessionsSchedule.nextSlot(new Date('2026-09-11T12:00:00Z'))?.toISOString()).toBe('2026-09-11T23:00:00.000Z');
    const handler = buildJobHandlers()[CREATE_PLANNED_TRAINING_SESSIONS]!;
    const ctx: JobContext = {
      db: t.ctx.db,
      dialect: t.ctx.dialect,
      job: { id: 'job-1', type: CREATE_PLANNED_TRAINING_SESSIONS, attempt: 1, maxAttempts: 3, companyId: null, projectId: null },
      workerId: 'worker-1',
      now: () => morningOf('2026-09-25'),
    };
    await handler(null, ctx);
    expect((await planSessions()).map((s) => s.session_date)).toEqual(['2026-09-10', '2026-09-24', '2026-10-08']);
  });
});
