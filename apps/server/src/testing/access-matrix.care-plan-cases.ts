import { uuidv7 } from '@guanjia/domain';
import type { AccessCase, MatrixContext } from './access-matrix.cases.js';
import { all, created, p1 } from './access-matrix.fixtures.js';

/** The butler team works suggestions and plans; project-2 staff do not find project 1's; everyone else is refused. */
const staff = (status: number) => all(403, { admin: status, regional: status, manager: status, butler: status, butler2: 404 });
/** Rules are edited by administrators and managers only. */
const editors = (status: number) => all(403, { admin: status, regional: status, manager: status });

async function elderlyRule(c: MatrixContext) {
  return (await c.as('admin').get(`/api/care-rules?projectId=${p1(c)}`)).json().items.find((r: { key: string }) => r.key === 'elderly');
}

/** A fresh open suggestion on the demo household, one per request (version 1). */
async function openSuggestion(c: MatrixContext): Promise<string> {
  const rule = await elderlyRule(c);
  const id = uuidv7();
  const at = new Date().toISOString();
  await c.db
    .insertInto('care_suggestions')
    .values({
      id,
      company_id: c.demo.companyId,
      project_id: p1(c),
      household_id: c.demo.ownerHouseholdId,
      rule_id: rule.id,
      action_key: `matrix-${c.unique}`,
      status: 'suggested',
      proposal: JSON.stringify({ title: `矩阵建议 ${c.unique}`, categoryNumber: 5, itemNumber: 1, recurrence: { kind: 'weekly', weekdays: [3] }, timeOfDay: '10:00', note: null }),
      basis: '',
      decided_by: null,
      decided_at: null,
      decline_reason: null,
      plan_id: null,
      created_at: at,
      updated_at: at,
      version: 1,
    })
    .execute();
  return id;
}

/** A plan the butler accepted from a fresh suggestion (version 1). */
async function activePlan(c: MatrixContext): Promise<string> {
  const suggestion = await openSuggestion(c);
  const res = await c.as('butler').post(`/api/care-suggestions/${suggestion}/accept`, { version: 1 });
  if (res.statusCode !== 200) throw new Error(`fixture not accepted: ${res.statusCode} ${res.body}`);
  return res.json().plan.id;
}

const ruleBody = (c: MatrixContext) => ({
  name: `矩阵规则 ${c.unique}`,
  description: null,
  condition: { tags: ['pets'], minAge: null },
  actions: [{ key: '', title: '宠物护理', categoryNumber: 5, itemNumber: 26, recurrence: { kind: 'weekly', weekdays: [6] }, timeOfDay: '16:00' }],
  enabled: false,
});

export const carePlanCases: AccessCase[] = [
  ...(['care-rules', 'care-suggestions', 'care-plans'] as const).map(
    (list): AccessCase => ({ name: `GET /api/${list}?projectId= (project 1)`, method: 'GET', path: (c) => `/api/${list}?projectId=${p1(c)}`, expect: staff(200) }),
  ),
  {
    name: 'GET /api/care-suggestions?householdId= (demo household)',
    method: 'GET',
    path: (c) => `/api/care-suggestions?householdId=${c.demo.ownerHouseholdId}`,
    expect: staff(200),
  },
  {
    name: 'POST /api/care-rules (project 1)',
    method: 'POST',
    path: () => '/api/care-rules',
    body: (c) => ({ projectId: p1(c), ...ruleBody(c) }),
    expect: editors(201),
  },
  {
    name: 'PUT /api/care-rules/:id (a project-1 custom rule, saved unchanged)',
    method: 'PUT',
    path: async (c) => `/api/care-rules/${await created(c.as('manager').post('/api/care-rules', { projectId: p1(c), ...ruleBody(c) }))}`,
    body: (c) => ({ version: 1, ...ruleBody(c) }),
    expect: editors(200),
  },
  {
    name: 'POST /api/care-suggestions/refresh (demo household)',
    method: 'POST',
    path: () => '/api/care-suggestions/refresh',
    body: (c) => ({ householdId: c.demo.ownerHouseholdId }),
    expect: staff(200),
  },
  {
    name: 'POST /api/care-suggestions/:id/accept (an open project-1 suggestion)',
    method: 'POST',
    path: async (c) => `/api/care-suggestions/${await openSuggestion(c)}/accept`,
    body: () => ({ version: 1 }),
    expect: staff(200),
  },
  {
    name: 'POST /api/care-suggestions/:id/adjust (an open project-1 suggestion)',
    method: 'POST',
    path: async (c) => `/api/care-suggestions/${await openSuggestion(c)}/adjust`,
    body: () => ({ version: 1, categoryNumber: 5, itemNumber: 17, recurrence: { kind: 'everyDays', days: 10 }, timeOfDay: null }),
    expect: staff(200),
  },
  {
    name: 'POST /api/care-suggestions/:id/decline (an open project-1 suggestion)',
    method: 'POST',
    path: async (c) => `/api/care-suggestions/${await openSuggestion(c)}/decline`,
    body: () => ({ version: 1, reason: '业主暂不需要' }),
    expect: staff(200),
  },
  {
    name: 'POST /api/care-plans/:id/pause (an active project-1 plan)',
    method: 'POST',
    path: async (c) => `/api/care-plans/${await activePlan(c)}/pause`,
    body: () => ({ version: 1 }),
    expect: staff(200),
  },
];
