import type { AccessCase, MatrixContext } from './access-matrix.cases.js';
import { all, p1 } from './access-matrix.fixtures.js';

/** Managers, the regional head and butlers read (a butler their own); project-2 staff do not find project 1. */
const readers = (status: number) => all(403, { admin: status, regional: status, manager: status, butler: status, butler2: 404 });
/** Assignment and the cadence: the company admin and the service-center manager. */
const managers = (status: number) => all(403, { admin: status, manager: status });
/** Visits and plans: the household's butler and the managers; the regional head only reads. */
const recorders = (status: number) => all(403, { admin: status, manager: status, butler: status, butler2: 404 });

const settingsUrl = (c: MatrixContext) => `/api/projects/${p1(c)}/owner-visit-settings`;

export const ownerVisitCases: AccessCase[] = [
  { name: 'GET /api/projects/:projectId/owner-visit-settings (project 1)', method: 'GET', path: settingsUrl, expect: readers(200) },
  {
    name: 'PUT /api/projects/:projectId/owner-visit-settings (project 1, quarterly again)',
    method: 'PUT',
    path: settingsUrl,
    body: async (c) => ({ cadence: 'quarterly', version: (await c.as('admin').get(settingsUrl(c))).json().version }),
    expect: managers(200),
  },
  { name: 'GET /api/projects/:projectId/household-butlers (project 1)', method: 'GET', path: (c) => `/api/projects/${p1(c)}/household-butlers`, expect: readers(200) },
  {
    name: 'POST /api/projects/:projectId/household-butlers (demo household to the demo butler again)',
    method: 'POST',
    path: (c) => `/api/projects/${p1(c)}/household-butlers`,
    body: (c) => ({ butlerId: c.demo.users.butler, householdIds: [c.demo.ownerHouseholdId] }),
    expect: managers(200),
  },
  { name: 'GET /api/projects/:projectId/owner-visit-schedule (project 1)', method: 'GET', path: (c) => `/api/projects/${p1(c)}/owner-visit-schedule`, expect: readers(200) },
  {
    name: 'PUT /api/households/:householdId/owner-visit-plan (demo household, no plan)',
    method: 'PUT',
    path: (c) => `/api/households/${c.demo.ownerHouseholdId}/owner-visit-plan`,
    body: () => ({ plannedOn: null, version: 0 }),
    expect: recorders(200),
  },
  {
    name: 'POST /api/households/:householdId/owner-visits (demo household)',
    method: 'POST',
    path: (c) => `/api/households/${c.demo.ownerHouseholdId}/owner-visits`,
    body: (c) => ({ kind: 'phone', visitedAt: new Date().toISOString(), contactName: '吴先生', summary: `矩阵回访 ${c.unique}` }),
    expect: recorders(201),
  },
  { name: 'GET /api/projects/:projectId/owner-visits (project 1)', method: 'GET', path: (c) => `/api/projects/${p1(c)}/owner-visits`, expect: readers(200) },
  { name: 'GET /api/projects/:projectId/owner-visits/export (project 1)', method: 'GET', path: (c) => `/api/projects/${p1(c)}/owner-visits/export`, expect: readers(200) },
  { name: 'GET /api/projects/:projectId/owner-visit-coverage (project 1)', method: 'GET', path: (c) => `/api/projects/${p1(c)}/owner-visit-coverage`, expect: readers(200) },
];
