import { businessDate } from '@guanjia/domain';
import type { AccessCase, Account, MatrixContext } from './access-matrix.cases.js';
import { all, p1 } from './access-matrix.fixtures.js';

const dueDate = () => businessDate(Date.now() + 7 * 86_400_000);

async function marketingDepartment(c: MatrixContext): Promise<string> {
  return (await c.db.selectFrom('departments').select('id').where('developer_id', '=', c.demo.developerId).where('name', '=', '营销部').executeTakeFirstOrThrow()).id;
}

const formBody = async (c: MatrixContext, project: 0 | 1 = 0) => ({
  projectId: c.demo.projectIds[project],
  subject: `矩阵联系单 ${c.unique}`,
  content: '请确认。',
  toDepartmentId: await marketingDepartment(c),
  dueDate: dueDate(),
});

/** A project-1 form the butler drafted and moved through `steps` (as [account, action, body]). */
async function formAfter(c: MatrixContext, steps: Array<[Account, string, Record<string, unknown>?]>): Promise<string> {
  const res = await c.as('butler').post('/api/liaison-forms', await formBody(c));
  if (res.statusCode !== 201) throw new Error(`fixture not created: ${res.statusCode} ${res.body}`);
  const id = res.json().id as string;
  for (const [who, action, body] of steps) {
    const step = await c.as(who).post(`/api/liaison-forms/${id}/${action}`, body ?? {});
    if (step.statusCode !== 200) throw new Error(`fixture step ${action} failed: ${step.statusCode} ${step.body}`);
  }
  return id;
}
const draft = (c: MatrixContext) => formAfter(c, []);
const issued = (c: MatrixContext) => formAfter(c, [['butler', 'issue']]);
const acknowledged = (c: MatrixContext) => formAfter(c, [['butler', 'issue'], ['marketing', 'acknowledge']]);
const replied = (c: MatrixContext) => formAfter(c, [['butler', 'issue'], ['marketing', 'acknowledge'], ['marketing', 'reply', { replyText: '已安排' }]]);

/** 工作联系单: the property side writes, issues, takes back and cancels; the developer side acknowledges and replies. */
export const liaisonFormCases: AccessCase[] = [
  {
    name: 'GET /api/liaison-forms?projectId= (project 1)',
    method: 'GET',
    path: (c) => `/api/liaison-forms?projectId=${p1(c)}`,
    expect: all(403, { admin: 200, regional: 200, manager: 200, butler: 200, marketing: 200, butler2: 404 }),
  },
  {
    name: 'POST /api/liaison-forms (project 1)',
    method: 'POST',
    path: () => '/api/liaison-forms',
    body: (c) => formBody(c),
    expect: all(403, { admin: 201, manager: 201, butler: 201, butler2: 404 }),
  },
  {
    name: 'POST /api/liaison-forms (project 2)',
    method: 'POST',
    path: () => '/api/liaison-forms',
    body: (c) => formBody(c, 1),
    expect: all(403, { admin: 201, manager: 404, butler: 404, butler2: 201 }),
  },
  {
    name: 'GET /api/liaison-forms/:id (an issued project-1 form)',
    method: 'GET',
    path: async (c) => `/api/liaison-forms/${await issued(c)}`,
    expect: all(403, { admin: 200, regional: 200, manager: 200, butler: 200, marketing: 200, butler2: 404 }),
  },
  {
    name: 'GET /api/liaison-forms/:id (a project-1 draft: not shown to the developer side)',
    method: 'GET',
    path: async (c) => `/api/liaison-forms/${await draft(c)}`,
    expect: all(403, { admin: 200, regional: 200, manager: 200, butler: 200, marketing: 404, butler2: 404 }),
  },
  {
    name: 'PATCH /api/liaison-forms/:id (a project-1 draft)',
    method: 'PATCH',
    path: async (c) => `/api/liaison-forms/${await draft(c)}`,
    body: (c) => ({ subject: `改 ${c.unique}` }),
    expect: all(403, { admin: 200, manager: 200, butler: 200, butler2: 404 }),
  },
  {
    name: 'POST /api/liaison-forms/:id/issue (a project-1 draft)',
    method: 'POST',
    path: async (c) => `/api/liaison-forms/${await draft(c)}/issue`,
    body: () => ({}),
    expect: all(403, { admin: 200, manager: 200, butler: 200, butler2: 404, marketing: 404 }),
  },
  {
    name: 'POST /api/liaison-forms/:id/acknowledge (an issued project-1 form)',
    method: 'POST',
    path: async (c) => `/api/liaison-forms/${await issued(c)}/acknowledge`,
    body: () => ({}),
    expect: all(403, { marketing: 200, butler2: 404 }),
  },
  {
    name: 'POST /api/liaison-forms/:id/reply (an acknowledged project-1 form)',
    method: 'POST',
    path: async (c) => `/api/liaison-forms/${await acknowledged(c)}/reply`,
    body: () => ({ replyText: '同意' }),
    expect: all(403, { marketing: 200, butler2: 404 }),
  },
  {
    name: 'POST /api/liaison-forms/:id/return (an answered project-1 form)',
    method: 'POST',
    path: async (c) => `/api/liaison-forms/${await replied(c)}/return`,
    body: () => ({}),
    expect: all(403, { admin: 200, manager: 200, butler: 200, butler2: 404 }),
  },
  {
    name: 'POST /api/liaison-forms/:id/cancel (an issued project-1 form)',
    method: 'POST',
    path: async (c) => `/api/liaison-forms/${await issued(c)}/cancel`,
    body: () => ({ reason: '不再需要' }),
    expect: all(403, { admin: 200, manager: 200, butler: 200, butler2: 404 }),
  },
];
