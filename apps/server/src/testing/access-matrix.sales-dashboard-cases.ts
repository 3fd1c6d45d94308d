import type { AccessCase, MaskingCase, MatrixContext } from './access-matrix.cases.js';
import { all } from './access-matrix.fixtures.js';

/** Project 1's (or 2's) sales center. */
async function salesCenter(c: MatrixContext, project: 0 | 1 = 0): Promise<string> {
  const row = await c.db.selectFrom('sales_centers').select('id').where('project_id', '=', c.demo.projectIds[project]).executeTakeFirstOrThrow();
  return row.id;
}

/** 案场看板: whoever reads the whole sales center (company-wide roles, the desk, front line, the sales manager); consultants, marketing, technicians and owners 403. */
export const salesDashboardCases: AccessCase[] = [
  {
    name: 'GET /api/sales-dashboard (project 1)',
    method: 'GET',
    path: async (c) => `/api/sales-dashboard?salesCenterId=${await salesCenter(c)}`,
    expect: all(403, { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404 }),
  },
  {
    name: 'GET /api/sales-dashboard (project 2)',
    method: 'GET',
    path: async (c) => `/api/sales-dashboard?salesCenterId=${await salesCenter(c, 1)}`,
    expect: all(403, { admin: 200, regional: 200, manager: 404, butler: 404, butler2: 200 }),
  },
  {
    name: 'GET /api/sales-dashboard (project 1, a range over 92 days)',
    method: 'GET',
    path: async (c) => `/api/sales-dashboard?salesCenterId=${await salesCenter(c)}&from=2025-01-01&to=2025-06-30`,
    expect: all(403, { admin: 400, regional: 400, manager: 400, butler: 400, butler2: 400 }),
  },
];

/** The property company's desk sees the open complaints themselves and today's opening check. */
export const salesDashboardMaskingCases: MaskingCase[] = [
  {
    name: 'GET /api/sales-dashboard (project 1): complaints listed, opening check shown',
    path: async (c) => `/api/sales-dashboard?salesCenterId=${await salesCenter(c)}`,
    pick: (body) => [Array.isArray(body.complaints.items), body.dailyCheck !== null, body.liaisonForms !== null],
    expect: { admin: [true, true, true], regional: [true, true, true], manager: [true, true, true], butler: [true, true, true] },
  },
];
