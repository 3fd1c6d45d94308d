import { businessDate } from '@guanjia/domain';
import type { AccessCase, Account, MatrixContext } from './access-matrix.cases.js';
import { all, p1, p2 } from './access-matrix.fixtures.js';

/** Far enough ahead that every task of the template is still to come. */
const eventDate = (days = 30) => businessDate(Date.now() + days * 86_400_000);
const PARTS = {
  eventLeadGroup: [{ name: '张伟', role: '组长' }],
  assignments: [{ owner: '刘芳', duty: '签到与接待' }],
  orderPlan: '入口分流',
  emergencyPlan: '突发疾病与火情处置',
};

const planBody = (c: MatrixContext, project: 0 | 1 = 0) => ({ projectId: c.demo.projectIds[project], kind: 'promotion', title: `矩阵活动 ${c.unique}`, eventDate: eventDate() });

/** A complete draft of project 1 (or 2) that the project's butler wrote. */
async function draftPlan(c: MatrixContext, project: 0 | 1 = 0): Promise<{ id: string; taskId: string }> {
  const author = project === 0 ? 'butler' : 'butler2';
  const res = await c.as(author).post('/api/event-plans', planBody(c, project));
  if (res.statusCode !== 201) throw new Error(`fixture not created: ${res.statusCode} ${res.body}`);
  const plan = res.json() as { id: string; tasks: { id: string; key: string }[] };
  const filled = await c.as(author).patch(`/api/event-plans/${plan.id}`, PARTS);
  if (filled.statusCode !== 200) throw new Error(`fixture not filled: ${filled.statusCode} ${filled.body}`);
  return { id: plan.id, taskId: plan.tasks.find((t) => t.key === 'uniforms')!.id };
}

/** A project-1 plan the regional head approved: its rehearsal waits for the marketing lead. */
async function approvedPlan(c: MatrixContext): Promise<string> {
  const { id } = await draftPlan(c);
  const sent = await c.as('butler').post(`/api/event-plans/${id}/submit`, {});
  if (sent.statusCode !== 200) throw new Error(`fixture not submitted: ${sent.statusCode} ${sent.body}`);
  const approved = await c.as('regional').post(`/api/approvals/${sent.json().approvalRequestId}/approve`, {});
  if (approved.statusCode !== 200) throw new Error(`fixture not approved: ${approved.statusCode} ${approved.body}`);
  return id;
}

const readers = (status: number, overrides: Partial<Record<Account, number>> = {}) =>
  all(403, { admin: status, regional: status, manager: status, butler: status, marketing: status, butler2: 404, ...overrides });
const drafters = (status: number, overrides: Partial<Record<Account, number>> = {}) => all(403, { manager: status, butler: status, butler2: 404, ...overrides });

/** 活动方案: the service center drafts and runs the plan; the regional head and marketing read; marketing confirms the rehearsal. */
export const eventPlanCases: AccessCase[] = [
  {
    name: 'GET /api/event-plans?projectId= (project 1)',
    method: 'GET',
    path: (c) => `/api/event-plans?projectId=${p1(c)}`,
    expect: readers(200),
  },
  {
    name: 'GET /api/event-plans?projectId= (project 2)',
    method: 'GET',
    path: (c) => `/api/event-plans?projectId=${p2(c)}`,
    expect: readers(404, { admin: 200, regional: 200, butler2: 200 }),
  },
  {
    name: 'GET /api/event-plans/rehearsals?projectId= (project 1)',
    method: 'GET',
    path: (c) => `/api/event-plans/rehearsals?projectId=${p1(c)}`,
    expect: readers(200),
  },
  {
    name: 'POST /api/event-plans (project 1)',
    method: 'POST',
    path: () => '/api/event-plans',
    body: (c) => planBody(c),
    expect: drafters(201),
  },
  {
    name: 'POST /api/event-plans (project 2)',
    method: 'POST',
    path: () => '/api/event-plans',
    body: (c) => planBody(c, 1),
    expect: drafters(404, { butler2: 201 }),
  },
  {
    name: 'GET /api/event-plans/:id (a project-1 draft)',
    method: 'GET',
    path: async (c) => `/api/event-plans/${(await draftPlan(c)).id}`,
    expect: readers(200),
  },
  {
    name: 'GET /api/event-plans/:id (a project-2 draft)',
    method: 'GET',
    path: async (c) => `/api/event-plans/${(await draftPlan(c, 1)).id}`,
    expect: readers(404, { admin: 200, regional: 200, butler2: 200 }),
  },
  {
    name: 'PATCH /api/event-plans/:id (a project-1 draft)',
    method: 'PATCH',
    path: async (c) => `/api/event-plans/${(await draftPlan(c)).id}`,
    body: () => ({ orderPlan: '入口分流，停车场专人引导' }),
    expect: drafters(200),
  },
  {
    name: 'POST /api/event-plans/:id/reschedule (a project-1 draft)',
    method: 'POST',
    path: async (c) => `/api/event-plans/${(await draftPlan(c)).id}/reschedule`,
    body: () => ({ eventDate: eventDate(37) }),
    expect: drafters(200),
  },
  {
    name: 'POST /api/event-plans/:id/tasks (a project-1 draft)',
    method: 'POST',
    path: async (c) => `/api/event-plans/${(await draftPlan(c)).id}/tasks`,
    body: () => ({ title: '邀请函印制', daysBefore: 9, officeOnly: true }),
    expect: drafters(201),
  },
  {
    name: 'POST /api/event-plans/:id/tasks/:taskId/done (a project-1 draft)',
    method: 'POST',
    path: async (c) => {
      const plan = await draftPlan(c);
      return `/api/event-plans/${plan.id}/tasks/${plan.taskId}/done`;
    },
    body: () => ({ done: true }),
    expect: drafters(200),
  },
  {
    name: 'POST /api/event-plans/:id/submit (a complete project-1 draft)',
    method: 'POST',
    path: async (c) => `/api/event-plans/${(await draftPlan(c)).id}/submit`,
    body: () => ({}),
    expect: drafters(200),
  },
  {
    name: 'POST /api/event-plans/:id/rehearsal/confirm (an approved project-1 plan)',
    method: 'POST',
    path: async (c) => `/api/event-plans/${await approvedPlan(c)}/rehearsal/confirm`,
    body: () => ({}),
    expect: all(403, { marketing: 200 }),
  },
];
