import { dueDateFor } from '@guanjia/domain/event-plans/backward-schedule';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { getWorkingCalendar } from '../calendar/working-calendar-cache.js';
import { uploadPhoto } from '../daily-checks/daily-check-test-kit.js';
import { approvedPlan, COMPLETE_PARTS, draftPlan, getPlan, noticesOf, submittedPlan, taskOf, type PlanBody } from './event-plan-test-kit.js';

// Tuesday 2026-09-01, 10:00 in Shanghai: National Day 2026 (10-01..07) lies ahead.
const NOW = new Date('2026-09-01T02:00:00Z');

let t: TestApp;
let p1: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  p1 = t.demo.projectIds[0];
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

const approvalStatus = async (id: string) => (await t.ctx.db.selectFrom('approval_requests').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

describe('event plans: the backward schedule', () => {
  it('butler: a promotion on Sunday 2026-10-18 gets the default template dated on the national calendar', async () => {
    const plan = await draftPlan(t, '2026-10-18');
    expect(plan).toMatchObject({ status: 'draft', kind: 'promotion', rehearsalDate: '2026-10-16', allowedActions: ['submit', 'cancel'], canEdit: true });
    expect(plan.missingParts).toEqual(['eventLeadGroup', 'assignments', 'orderPlan', 'emergencyPlan']);
    expect(plan.tasks).toHaveLength(13);
    // Office-only T-14 falls on 10-04, inside National Day: it is due on the last working day before, 09-30.
    expect(taskOf(plan, 'leadGroup')).toMatchObject({ dueDate: '2026-09-30', movedFrom: '2026-10-04', officeOnly: true });
    expect(taskOf(plan, 'eventPlan')).toMatchObject({ dueDate: '2026-09-30', movedFrom: '2026-10-06' });
    // On-site work stays on its calendar day, holiday or weekend: the sales center is open.
    expect(taskOf(plan, 'uniforms')).toMatchObject({ dueDate: '2026-10-11', movedFrom: null, officeOnly: false });
    expect(taskOf(plan, 'rehearsal')).toMatchObject({ dueDate: '2026-10-16', rehearsal: true, movedFrom: null });
    const calendar = await getWorkingCalendar(t.ctx.db);
    for (const task of plan.tasks) expect([task.key, task.dueDate, task.movedFrom]).toEqual([task.key, ...Object.values(dueDateFor('2026-10-18', task, calendar))]);
    const dates = plan.tasks.map((x) => x.dueDate);
    expect(dates).toEqual([...dates].sort());
    expect(plan.history.map((h) => h.action)).toEqual(['create']);
  });

  it('manager: holiday decoration is planned from its own template', async () => {
    const plan = await draftPlan(t, '2026-12-31', 'manager', { kind: 'holidayDecoration', major: false });
    expect(plan.tasks.map((x) => x.key)).toContain('siteDecoration');
    expect(plan.missingParts).toEqual([]);
  });

  it('butler: an event date in the past or a sales center of another project is refused, and nothing is written', async () => {
    const before = (await t.ctx.db.selectFrom('event_plans').select('id').execute()).length;
    const past = await t.as('butler').post('/api/event-plans', { projectId: p1, kind: 'promotion', title: '过去的活动', eventDate: '2026-08-31' });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.fields.eventDate).toBe('活动日期不能早于今天');
    const center = (await t.ctx.db.selectFrom('sales_centers').select('id').where('project_id', '=', t.demo.projectIds[1]).executeTakeFirstOrThrow()).id;
    const foreign = await t.as('butler').post('/api/event-plans', { projectId: p1, kind: 'promotion', title: '错误售楼处', eventDate: '2026-10-18', salesCenterId: center });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields).toHaveProperty('salesCenterId');
    expect((await t.ctx.db.selectFrom('event_plans').select('id').execute()).length).toBe(before);
  });

  it('butler: adds, edits and removes tasks of a draft; the rehearsal stays and keeps its date', async () => {
    const plan = await draftPlan(t, '2026-10-18');
    const added = await t.as('butler').post(`/api/event-plans/${plan.id}/tasks`, { title: '邀请函印制', daysBefore: 11, officeOnly: true });
    expect(added.statusCode, added.body).toBe(201);
    const task = (added.json() as PlanBody).tasks.find((x) => x.title === '邀请函印制')!;
    expect(task).toMatchObject({ dueDate: '2026-09-30', movedFrom: '2026-10-07' });
    const edited = await t.as('butler').patch(`/api/event-plans/${plan.id}/tasks/${task.id}`, { daysBefore: 11, officeOnly: false, version: task.version });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((edited.json() as PlanBody).tasks.find((x) => x.id === task.id)).toMatchObject({ dueDate: '2026-10-07', movedFrom: null });
    const rehearsal = taskOf(plan, 'rehearsal');
    expect((await t.as('butler').patch(`/api/event-plans/${plan.id}/tasks/${rehearsal.id}`, { daysBefore: 5 })).statusCode).toBe(400);
    expect((await t.as('butler').delete(`/api/event-plans/${plan.id}/tasks/${rehearsal.id}`)).json().error.code).toBe('REHEARSAL_KEPT');
    const removed = await t.as('butler').delete(`/api/event-plans/${plan.id}/tasks/${task.id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect((removed.json() as PlanBody).tasks.map((x) => x.id)).not.toContain(task.id);
    expect((removed.json() as PlanBody).history.map((h) => h.action)).toEqual(['create', 'addTask', 'editTask', 'removeTask']);
  });
});

describe('event plans: submission, approval and the rehearsal', () => {
  let plan: PlanBody;

  it('butler: a major event without its emergency plan is refused for approval, naming the missing part', async () => {
    plan = await draftPlan(t, '2026-10-18');
    const { emergencyPlan: _, ...withoutEmergency } = COMPLETE_PARTS;
    const saved = await t.as('butler').patch(`/api/event-plans/${plan.id}`, { ...withoutEmergency, version: plan.version });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().missingParts).toEqual(['emergencyPlan']);
    const zh = await t.as('butler').post(`/api/event-plans/${plan.id}/submit`, {});
    expect(zh.statusCode).toBe(422);
    expect(zh.json().error).toMatchObject({ code: 'EVENT_PLAN_INCOMPLETE', fields: { emergencyPlan: '请填写应急预案' }, details: { missing: ['emergencyPlan'] } });
    const en = await t.as('butler').post(`/api/event-plans/${plan.id}/submit`, {}, { 'accept-language': 'en' });
    expect(en.json().error.fields).toEqual({ emergencyPlan: 'Write the emergency plan' });
    expect((await getPlan(t, plan.id)).status).toBe('draft');
    expect(await t.ctx.db.selectFrom('approval_requests').select('id').where('document_id', '=', plan.id).execute()).toEqual([]);
  });

  it('butler: with the emergency plan filled the plan goes to the regional head', async () => {
    const current = await getPlan(t, plan.id);
    expect((await t.as('butler').patch(`/api/event-plans/${plan.id}`, { emergencyPlan: COMPLETE_PARTS.emergencyPlan, version: current.version })).statusCode).toBe(200);
    const sent = await t.as('butler').post(`/api/event-plans/${plan.id}/submit`, { note: '请审批' });
    expect(sent.statusCode, sent.body).toBe(200);
    plan = sent.json();
    expect(plan).toMatchObject({ status: 'submitted', allowedActions: ['cancel'], canEdit: false });
    expect(await approvalStatus(plan.approvalRequestId!)).toBe('pending');
    const inbox = (await t.as('regional').get('/api/approvals/inbox')).json().items as { id: string }[];
    expect(inbox.map((r) => r.id)).toContain(plan.approvalRequestId);
    expect((await t.as('butler').patch(`/api/event-plans/${plan.id}`, { orderPlan: '改' })).json().error.code).toBe('EVENT_PLAN_NOT_DRAFT');
  });

  it('regional: approving the request approves the plan and asks the marketing lead to confirm the rehearsal', async () => {
    const res = await t.as('regional').post(`/api/approvals/${plan.approvalRequestId}/approve`, { comment: '同意' });
    expect(res.statusCode, res.body).toBe(200);
    plan = await getPlan(t, plan.id);
    expect(plan).toMatchObject({ status: 'approved', allowedActions: ['hold', 'cancel'] });
    expect(plan.history.at(-1)).toMatchObject({ action: 'approve', fromStatus: 'submitted', toStatus: 'approved', actor: { name: '地区负责人 李强' } });
    const notices = await noticesOf(t, plan.id, 'marketing');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'eventPlan.rehearsal', title: expect.stringContaining('请确认活动现场演练') });
    expect(notices[0]!.body).toContain('2026-10-16');
  });

  it('marketing: the rehearsal appears two days before the event on the lead page and is confirmed', async () => {
    const list = await t.as('marketing').get(`/api/event-plans/rehearsals?projectId=${p1}`);
    expect(list.statusCode, list.body).toBe(200);
    const row = (list.json().items as { planId: string; rehearsalDate: string; confirmedBy: unknown }[]).find((r) => r.planId === plan.id);
    expect(row).toMatchObject({ rehearsalDate: '2026-10-16', confirmedBy: null });
    const seen = await getPlan(t, plan.id, 'marketing');
    expect(seen).toMatchObject({ allowedActions: [], canConfirmRehearsal: true });
    expect((await t.as('butler').post(`/api/event-plans/${plan.id}/rehearsal/confirm`, {})).statusCode).toBe(403);
    const confirmed = await t.as('marketing').post(`/api/event-plans/${plan.id}/rehearsal/confirm`, { version: seen.version });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ rehearsalConfirmedBy: { name: '营销负责人 周杰' }, canConfirmRehearsal: false });
    expect((await noticesOf(t, plan.id, 'butler')).map((n) => n.kind)).toContain('eventPlan.rehearsalConfirmed');
  });

  it('butler: moving the approved event moves every task and the rehearsal, keeps owners and done flags, and asks marketing again', async () => {
    let current = await getPlan(t, plan.id);
    const leadGroup = taskOf(current, 'leadGroup');
    expect((await t.as('butler').post(`/api/event-plans/${plan.id}/tasks/${leadGroup.id}/assign`, { ownerId: t.demo.users.manager })).statusCode).toBe(200);
    expect((await t.as('butler').post(`/api/event-plans/${plan.id}/tasks/${leadGroup.id}/done`, { done: true })).statusCode).toBe(200);
    expect((await noticesOf(t, plan.id, 'manager')).map((n) => n.kind)).toEqual(['eventPlan.taskAssigned']);
    current = await getPlan(t, plan.id);
    const moved = await t.as('butler').post(`/api/event-plans/${plan.id}/reschedule`, { eventDate: '2026-10-10', version: current.version });
    expect(moved.statusCode, moved.body).toBe(200);
    const after = moved.json() as PlanBody;
    expect(after).toMatchObject({ eventDate: '2026-10-10', rehearsalDate: '2026-10-08', rehearsalConfirmedBy: null, status: 'approved' });
    expect(taskOf(after, 'rehearsal').dueDate).toBe('2026-10-08');
    // 10-10 is a make-up Saturday: T-14 lands on 09-26 and moves past Mid-Autumn to Thursday 09-24.
    expect(taskOf(after, 'leadGroup')).toMatchObject({ dueDate: '2026-09-24', movedFrom: '2026-09-26', owner: { id: t.demo.users.manager }, done: true });
    const calendar = await getWorkingCalendar(t.ctx.db);
    for (const task of after.tasks) expect(task.dueDate).toBe(dueDateFor('2026-10-10', task, calendar).dueDate);
    expect((await noticesOf(t, plan.id, 'marketing')).map((n) => n.kind)).toEqual(['eventPlan.rehearsal', 'eventPlan.rescheduled']);
    const rehearsals = (await t.as('marketing').get(`/api/event-plans/rehearsals?projectId=${p1}`)).json().items as { planId: string; rehearsalDate: string }[];
    expect(rehearsals.find((r) => r.planId === plan.id)?.rehearsalDate).toBe('2026-10-08');
  });

  it('butler: holds the event only once it has come, then the review closes the plan', async () => {
    const soon = await approvedPlan(t, '2026-09-03');
    expect((await t.as('butler').post(`/api/event-plans/${soon.id}/hold`, {})).json().error.code).toBe('EVENT_NOT_YET_HELD');
    vi.setSystemTime(new Date('2026-09-03T10:00:00Z'));
    try {
      expect((await t.as('butler').post(`/api/event-plans/${soon.id}/hold`, {})).statusCode).toBe(200);
      const blank = await t.as('butler').post(`/api/event-plans/${soon.id}/review`, { wentWell: '到访 260 组', problems: ' ' });
      expect(blank.statusCode).toBe(400);
      expect(Object.keys(blank.json().error.fields)).toEqual(['problems']);
      const photo = await uploadPhoto(t, 'butler');
      const foreign = await uploadPhoto(t, 'manager');
      expect((await t.as('butler').post(`/api/event-plans/${soon.id}/review`, { wentWell: '到访 260 组', problems: '无', photoIds: [foreign] })).statusCode).toBe(400);
      const reviewed = await t.as('butler').post(`/api/event-plans/${soon.id}/review`, { wentWell: '到访 260 组，接待有序', problems: '停车位紧张', photoIds: [photo] });
      expect(reviewed.statusCode, reviewed.body).toBe(200);
      expect(reviewed.json()).toMatchObject({ status: 'reviewed', allowedActions: [], review: { problems: '停车位紧张', photoIds: [photo] } });
      expect((reviewed.json() as PlanBody).history.map((h) => h.action).slice(-4)).toEqual(['submit', 'approve', 'hold', 'review']);
      const taskId = taskOf(reviewed.json(), 'uniforms').id;
      expect((await t.as('butler').post(`/api/event-plans/${soon.id}/tasks/${taskId}/done`, { done: true })).json().error.code).toBe('EVENT_PLAN_NOT_PREPARING');
    } finally {
      vi.setSystemTime(NOW);
    }
  });
});

describe('event plans: rejection, cancellation and concurrency', () => {
  it('regional: a rejected plan is revised back to draft and submitted again as a new request', async () => {
    const plan = await submittedPlan(t, '2026-11-07');
    expect((await t.as('regional').post(`/api/approvals/${plan.approvalRequestId}/reject`, { comment: '补充雨天预案' })).statusCode).toBe(200);
    const rejected = await getPlan(t, plan.id);
    expect(rejected).toMatchObject({ status: 'rejected', allowedActions: ['revise'] });
    const resubmitOld = await t.as('butler').post(`/api/approvals/${plan.approvalRequestId}/resubmit`, {});
    expect(resubmitOld.json().error.code).toBe('EVENT_PLAN_RESUBMIT_FROM_PLAN');
    expect((await t.as('butler').post(`/api/event-plans/${plan.id}/revise`, {})).json().status).toBe('draft');
    const again = await t.as('butler').post(`/api/event-plans/${plan.id}/submit`, {});
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().approvalRequestId).not.toBe(plan.approvalRequestId);
    expect((await t.as('regional').post(`/api/approvals/${again.json().approvalRequestId}/approve`, {})).statusCode).toBe(200);
    expect((await getPlan(t, plan.id)).status).toBe('approved');
  });

  it('butler: cancelling a submitted plan withdraws its request; the manager may not cancel what the butler submitted', async () => {
    const plan = await submittedPlan(t, '2026-11-14');
    const byManager = await t.as('manager').post(`/api/event-plans/${plan.id}/cancel`, { reason: '活动取消' });
    expect(byManager.json().error.code).toBe('EVENT_PLAN_UNDER_APPROVAL');
    expect((await t.as('butler').post(`/api/event-plans/${plan.id}/cancel`, {})).statusCode).toBe(400);
    const cancelled = await t.as('butler').post(`/api/event-plans/${plan.id}/cancel`, { reason: '开发商取消活动' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json().status).toBe('cancelled');
    expect(await approvalStatus(plan.approvalRequestId!)).toBe('cancelled');
  });

  it('butler: withdrawing the request on the approvals page cancels the plan', async () => {
    const plan = await submittedPlan(t, '2026-11-21');
    expect((await t.as('butler').post(`/api/approvals/${plan.approvalRequestId}/cancel`, { comment: '改期再报' })).statusCode).toBe(200);
    expect(await getPlan(t, plan.id)).toMatchObject({ status: 'cancelled' });
  });

  it('butler and manager: two edits of the same version, one wins and the other gets 409', async () => {
    const plan = await draftPlan(t, '2026-11-28');
    const results = await Promise.all([
      t.as('butler').patch(`/api/event-plans/${plan.id}`, { orderPlan: '方案甲', version: plan.version }),
      t.as('manager').patch(`/api/event-plans/${plan.id}`, { orderPlan: '方案乙', version: plan.version }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)!.json().error.code).toBe('STALE_UPDATE');
    const stale = await t.as('butler').post(`/api/event-plans/${plan.id}/reschedule`, { eventDate: '2026-12-05', version: plan.version });
    expect(stale.statusCode).toBe(409);
    const task = taskOf(plan, 'uniforms');
    expect((await t.as('butler').post(`/api/event-plans/${plan.id}/tasks/${task.id}/done`, { done: true, version: task.version })).statusCode).toBe(200);
    expect((await t.as('manager').post(`/api/event-plans/${plan.id}/tasks/${task.id}/assign`, { ownerId: t.demo.users.butler, version: task.version })).statusCode).toBe(409);
  });

  it('butler: a submitted plan cannot be moved; an owner must be a butler or manager of the project', async () => {
    const plan = await submittedPlan(t, '2026-12-12');
    expect((await t.as('butler').post(`/api/event-plans/${plan.id}/reschedule`, { eventDate: '2026-12-19' })).json().error.code).toBe('EVENT_PLAN_NOT_RESCHEDULABLE');
    const task = taskOf(plan, 'uniforms');
    for (const who of ['technician', 'butler2', 'marketing']) {
      const res = await t.as('butler').post(`/api/event-plans/${plan.id}/tasks/${task.id}/assign`, { ownerId: t.demo.users[who] });
      expect(res.statusCode, who).toBe(400);
      expect(res.json().error.fields).toHaveProperty('ownerId');
    }
  });
});

describe('event plans: who may do what', () => {
  it('readers see project-1 plans; consultants, technicians and owners are refused; another project is not found', async () => {
    const plan = await draftPlan(t, '2026-12-26');
    for (const who of ['butler', 'manager', 'regional', 'marketing', 'admin']) expect((await t.as(who).get(`/api/event-plans/${plan.id}`)).statusCode, who).toBe(200);
    for (const who of ['sales', 'salesmgr', 'technician', 'owner']) expect((await t.as(who).get(`/api/event-plans?projectId=${p1}`)).statusCode, who).toBe(403);
    expect((await t.as('butler2').get(`/api/event-plans/${plan.id}`)).statusCode).toBe(404);
    expect((await t.as('butler2').get(`/api/event-plans?projectId=${p1}`)).statusCode).toBe(404);
    for (const who of ['regional', 'marketing', 'admin']) {
      expect((await t.as(who).post(`/api/event-plans/${plan.id}/submit`, {})).statusCode, who).toBe(403);
      expect((await t.as(who).patch(`/api/event-plans/${plan.id}`, { orderPlan: 'x' })).statusCode, who).toBe(403);
    }
    expect((await t.as('marketing').post('/api/event-plans', { projectId: p1, kind: 'promotion', title: 'x', eventDate: '2026-12-26' })).statusCode).toBe(403);
    expect((await t.as('butler2').post(`/api/event-plans/${plan.id}/submit`, {})).statusCode).toBe(404);
  });

  it('butler: lists by project, status, kind and date range; the demo plan is approved three weeks ahead with two tasks done', async () => {
    const list = async (q: string) => (await t.as('butler').get(`/api/event-plans?projectId=${p1}${q}`)).json();
    const demo = (await list('&status=approved&kind=promotion')).items.find((p: { title: string }) => p.title === '二期开盘暖场活动');
    expect(demo).toMatchObject({ eventDate: '2026-09-22', rehearsalDate: '2026-09-20', doneCount: 2, taskCount: 13 });
    expect((await list('&from=2026-12-01&to=2026-12-31')).items.every((p: { eventDate: string }) => p.eventDate >= '2026-12-01' && p.eventDate <= '2026-12-31')).toBe(true);
    expect((await list('&kind=holidayDecoration')).items.map((p: { kind: string }) => p.kind)).toEqual(['holidayDecoration']);
    expect((await t.as('butler').get(`/api/event-plans?from=2026-12-31&to=2026-12-01`)).statusCode).toBe(400);
  });
});
