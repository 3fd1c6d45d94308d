import type { AccessCase, MatrixContext } from './access-matrix.cases.js';
import { all, p1, p2 } from './access-matrix.fixtures.js';

/** Who reads checks of project 1: its staff on the property side and the regional head. */
const readersOfP1 = all(403, { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404 });

/** The demo sales center of project 1. */
async function demoCenter(c: MatrixContext): Promise<string> {
  return (await c.db.selectFrom('sales_centers').select('id').where('project_id', '=', p1(c)).orderBy('id').executeTakeFirstOrThrow()).id;
}

/** A sales center of project 1 (or 2) made for this request, so its check of today is not started yet. */
async function freshCenter(c: MatrixContext, project: 0 | 1 = 0): Promise<string> {
  const res = await c.as('admin').post(`/api/projects/${c.demo.projectIds[project]}/sales-centers`, { name: `售楼处 ${c.unique}` });
  if (res.statusCode !== 201) throw new Error(`fixture not created: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

/** Today's check of a fresh sales center, started by the company administrator. */
async function freshCheck(c: MatrixContext): Promise<{ id: string; items: { id: string }[] }> {
  const res = await c.as('admin').post('/api/daily-checks', { salesCenterId: await freshCenter(c) });
  if (res.statusCode !== 201) throw new Error(`fixture not started: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** A fresh check with every line passed, ready to be completed. */
async function answeredCheck(c: MatrixContext): Promise<string> {
  const check = await freshCheck(c);
  for (const item of check.items) {
    const res = await c.as('admin').post(`/api/daily-check-items/${item.id}/answer`, { result: 'pass' });
    if (res.statusCode !== 200) throw new Error(`fixture not answered: ${res.statusCode} ${res.body}`);
  }
  return check.id;
}

/** The template as it stands, re-sent with its version: a no-op edit every editor may make. */
async function sameTemplate(c: MatrixContext, project: 0 | 1) {
  const res = await c.as('admin').get(`/api/projects/${c.demo.projectIds[project]}/daily-check-template`);
  const tpl = res.json() as { items: { key: string; text: string; departmentId: string | null }[]; version: number };
  return { items: tpl.items.map((i) => ({ key: i.key, text: i.text, departmentId: i.departmentId })), version: tpl.version };
}

/** 每日开场检查: the checklist template, today's check, answers, completion and the managers' overview. */
export const dailyCheckCases: AccessCase[] = [
  {
    name: 'GET /api/projects/:projectId/daily-check-template (project 1)',
    method: 'GET',
    path: (c) => `/api/projects/${p1(c)}/daily-check-template`,
    expect: readersOfP1,
  },
  {
    name: 'GET /api/projects/:projectId/daily-check-template (project 2)',
    method: 'GET',
    path: (c) => `/api/projects/${p2(c)}/daily-check-template`,
    expect: all(403, { admin: 200, regional: 200, manager: 404, butler: 404, butler2: 200 }),
  },
  {
    name: 'PUT /api/projects/:projectId/daily-check-template (project 1, the list as it stands)',
    method: 'PUT',
    path: (c) => `/api/projects/${p1(c)}/daily-check-template`,
    body: (c) => sameTemplate(c, 0),
    expect: all(403, { admin: 200, manager: 200 }),
  },
  {
    name: 'PUT /api/projects/:projectId/daily-check-template (project 2, the list as it stands)',
    method: 'PUT',
    path: (c) => `/api/projects/${p2(c)}/daily-check-template`,
    body: (c) => sameTemplate(c, 1),
    expect: all(403, { admin: 200, manager: 404 }),
  },
  {
    name: 'POST /api/daily-checks (a project-1 sales center not started today)',
    method: 'POST',
    path: () => '/api/daily-checks',
    body: async (c) => ({ salesCenterId: await freshCenter(c) }),
    expect: all(403, { admin: 201, manager: 201, butler: 201, butler2: 404 }),
  },
  {
    name: 'POST /api/daily-checks (a project-2 sales center not started today)',
    method: 'POST',
    path: () => '/api/daily-checks',
    body: async (c) => ({ salesCenterId: await freshCenter(c, 1) }),
    expect: all(403, { admin: 201, manager: 404, butler: 404, butler2: 201 }),
  },
  {
    name: 'GET /api/daily-checks/today?salesCenterId= (project 1’s sales center)',
    method: 'GET',
    path: async (c) => `/api/daily-checks/today?salesCenterId=${await demoCenter(c)}`,
    expect: readersOfP1,
  },
  {
    name: 'GET /api/daily-checks/:id (a project-1 check)',
    method: 'GET',
    path: async (c) => `/api/daily-checks/${(await freshCheck(c)).id}`,
    expect: readersOfP1,
  },
  {
    name: 'GET /api/daily-checks?projectId= (project 1)',
    method: 'GET',
    path: (c) => `/api/daily-checks?projectId=${p1(c)}`,
    expect: readersOfP1,
  },
  {
    name: 'GET /api/daily-checks/overview',
    method: 'GET',
    path: () => '/api/daily-checks/overview',
    expect: all(403, { admin: 200, regional: 200, manager: 200 }),
  },
  {
    name: 'GET /api/daily-checks/overview?projectId= (project 2)',
    method: 'GET',
    path: (c) => `/api/daily-checks/overview?projectId=${p2(c)}`,
    expect: all(403, { admin: 200, regional: 200, manager: 404 }),
  },
  {
    name: 'POST /api/daily-check-items/:id/answer (a line of a project-1 check)',
    method: 'POST',
    path: async (c) => `/api/daily-check-items/${(await freshCheck(c)).items[0]!.id}/answer`,
    body: () => ({ result: 'pass', note: '已检查' }),
    expect: all(403, { admin: 200, manager: 200, butler: 200, butler2: 404 }),
  },
  {
    name: 'POST /api/daily-checks/:id/complete (a project-1 check with every line answered)',
    method: 'POST',
    path: async (c) => `/api/daily-checks/${await answeredCheck(c)}/complete`,
    body: () => ({}),
    expect: all(403, { admin: 200, manager: 200, butler: 200, butler2: 404 }),
  },
];
