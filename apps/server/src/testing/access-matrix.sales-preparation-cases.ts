import type { AccessCase, Account, MatrixContext } from './access-matrix.cases.js';
import { all, p1, p2 } from './access-matrix.fixtures.js';

const P = '/api/sales-preparation';

/** Project-1 targets: the company and the project's service center read; butler2 (project 2) is answered 404. */
const readers = (status: number, overrides: Partial<Record<Account, number>> = {}) => all(403, { admin: status, regional: status, manager: status, butler: status, butler2: 404, ...overrides });
const serviceCenter = (status: number) => all(403, { manager: status, butler: status, butler2: 404 });

/** The pre-agreement's current version, so each write is a fresh, non-stale save. */
async function agreementBody(c: MatrixContext, project: 0 | 1) {
  const res = await c.as('admin').get(`${P}/projects/${c.demo.projectIds[project]}/pre-agreement`);
  const version = (res.json() as { preAgreement: { version: number } | null }).preAgreement?.version;
  return { projectPositioning: `矩阵定位 ${c.unique}`, ...(version ? { version } : {}) };
}

/** Clears project 1's version in work (the matrix's own drafts and submissions) so a new one may be drafted. */
async function clearOpenPlan(c: MatrixContext): Promise<void> {
  const list = (await c.as('admin').get(`${P}/projects/${p1(c)}/service-plans`)).json() as {
    current: { id: string; status: string; version: number; submittedBy: { id: string } | null } | null;
  };
  const open = list.current;
  if (!open || !['draft', 'submitted', 'rejected'].includes(open.status)) return;
  // A submission is withdrawn by whoever submitted it.
  const who = open.status === 'submitted' && open.submittedBy?.id === c.demo.users.manager ? 'manager' : 'butler';
  const res = await c.as(who).post(`${P}/service-plans/${open.id}/cancel`, { reason: '矩阵清理', version: open.version });
  if (res.statusCode !== 200) throw new Error(`fixture not cleared: ${res.statusCode} ${res.body}`);
}

/** A fresh draft of project 1, copied from the approved demo version (so it is complete). */
async function draftPlan(c: MatrixContext): Promise<string> {
  await clearOpenPlan(c);
  const res = await c.as('butler').post(`${P}/projects/${p1(c)}/service-plans`, {});
  if (res.statusCode !== 201) throw new Error(`fixture not created: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: string }).id;
}

/** An open item of project 1's pre-work checklist. */
async function checklistItem(c: MatrixContext, key = 'siteLayout'): Promise<string> {
  const res = await c.as('manager').get(`${P}/projects/${p1(c)}/checklists`);
  const lists = res.json() as { checklists: { items: { id: string; key: string }[] }[] };
  const item = lists.checklists[0]?.items.find((i) => i.key === key);
  if (!item) throw new Error(`no checklist item ${key}: ${res.statusCode}`);
  return item.id;
}

/** 前期协议, 服务方案 and the preparation checklists: the company reads, the service center drafts and works. */
export const salesPreparationCases: AccessCase[] = [
  {
    name: 'GET /api/sales-preparation/projects/:projectId/pre-agreement (project 1)',
    method: 'GET',
    path: (c) => `${P}/projects/${p1(c)}/pre-agreement`,
    expect: readers(200),
  },
  {
    name: 'GET /api/sales-preparation/projects/:projectId/pre-agreement (project 2)',
    method: 'GET',
    path: (c) => `${P}/projects/${p2(c)}/pre-agreement`,
    expect: readers(200, { manager: 404, butler: 404, butler2: 200 }),
  },
  {
    name: 'PUT /api/sales-preparation/projects/:projectId/pre-agreement (project 1)',
    method: 'PUT',
    path: (c) => `${P}/projects/${p1(c)}/pre-agreement`,
    body: (c) => agreementBody(c, 0),
    expect: all(403, { admin: 200, regional: 200, manager: 200 }),
  },
  {
    name: 'GET /api/sales-preparation/projects/:projectId/service-plans (project 1)',
    method: 'GET',
    path: (c) => `${P}/projects/${p1(c)}/service-plans`,
    expect: readers(200),
  },
  {
    name: 'POST /api/sales-preparation/projects/:projectId/service-plans (project 1)',
    method: 'POST',
    path: async (c) => {
      await clearOpenPlan(c);
      return `${P}/projects/${p1(c)}/service-plans`;
    },
    body: () => ({}),
    expect: serviceCenter(201),
  },
  {
    name: 'GET /api/sales-preparation/service-plans/:id (a project-1 draft)',
    method: 'GET',
    path: async (c) => `${P}/service-plans/${await draftPlan(c)}`,
    expect: readers(200),
  },
  {
    name: 'PATCH /api/sales-preparation/service-plans/:id (a project-1 draft)',
    method: 'PATCH',
    path: async (c) => `${P}/service-plans/${await draftPlan(c)}`,
    body: () => ({ rules: '案场服务管理制度（修订）' }),
    expect: serviceCenter(200),
  },
  {
    name: 'POST /api/sales-preparation/service-plans/:id/submit (a complete project-1 draft)',
    method: 'POST',
    path: async (c) => `${P}/service-plans/${await draftPlan(c)}/submit`,
    body: () => ({}),
    expect: serviceCenter(200),
  },
  {
    name: 'GET /api/sales-preparation/projects/:projectId/checklists (project 1)',
    method: 'GET',
    path: (c) => `${P}/projects/${p1(c)}/checklists`,
    expect: readers(200),
  },
  {
    name: 'POST /api/sales-preparation/projects/:projectId/checklists/generate (project 1)',
    method: 'POST',
    path: (c) => `${P}/projects/${p1(c)}/checklists/generate`,
    body: () => ({}),
    expect: serviceCenter(200),
  },
  {
    name: 'POST /api/sales-preparation/projects/:projectId/checklists/items (project 1)',
    method: 'POST',
    path: (c) => `${P}/projects/${p1(c)}/checklists/items`,
    body: (c) => ({ checklist: 'staffing', title: `矩阵岗位 ${c.unique}`, plannedHeadcount: 1 }),
    expect: serviceCenter(201),
  },
  {
    name: 'PATCH /api/sales-preparation/checklist-items/:id (a project-1 item)',
    method: 'PATCH',
    path: async (c) => `${P}/checklist-items/${await checklistItem(c)}`,
    body: (c) => ({ title: `对销售现场进行布置 ${c.unique}` }),
    expect: serviceCenter(200),
  },
  {
    name: 'POST /api/sales-preparation/checklist-items/:id/assign (a project-1 item)',
    method: 'POST',
    path: async (c) => `${P}/checklist-items/${await checklistItem(c)}/assign`,
    body: (c) => ({ assigneeId: c.demo.users.butler, dueDate: '2030-01-31' }),
    expect: serviceCenter(200),
  },
  {
    name: 'POST /api/sales-preparation/checklist-items/:id/status (a project-1 item, reopened first)',
    method: 'POST',
    path: async (c) => {
      const id = await checklistItem(c, 'mockDrill');
      // Leave it open so 'start' is allowed for whoever comes next.
      await c.as('manager').post(`${P}/checklist-items/${id}/status`, { action: 'reopen' });
      return `${P}/checklist-items/${id}/status`;
    },
    body: () => ({ action: 'start' }),
    expect: serviceCenter(200),
  },
];
