import type { AccessCase, MatrixContext } from './access-matrix.cases.js';
import { firstItemId, p1, p2 } from './access-matrix.fixtures.js';

const p1Building = (c: MatrixContext) => firstItemId(c, `/api/projects/${p1(c)}/buildings`);

/** Buildings and units follow the organisation rules: staff read in their projects, company administrators write. */
export const buildingCases: AccessCase[] = [
  // buildings (楼栋)
  {
    name: 'GET /api/projects/:projectId/buildings (project 1)',
    method: 'GET',
    path: (c) => `/api/projects/${p1(c)}/buildings`,
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404, technician: 200, sales: 200, marketing: 200, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /api/projects/:projectId/buildings (project 2)',
    method: 'GET',
    path: (c) => `/api/projects/${p2(c)}/buildings`,
    expect: { admin: 200, regional: 200, manager: 404, butler: 404, butler2: 200, technician: 404, sales: 404, marketing: 404, owner: 403, anonymous: 401 },
  },
  {
    name: 'POST /api/projects/:projectId/buildings (project 1)',
    method: 'POST',
    path: (c) => `/api/projects/${p1(c)}/buildings`,
    body: (c) => ({ name: `${c.unique} 号楼`, code: `B-${c.unique}`, floors: 18 }),
    expect: { admin: 201, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /api/buildings/:id (a project-1 building)',
    method: 'GET',
    path: async (c) => `/api/buildings/${await p1Building(c)}`,
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404, technician: 200, sales: 200, marketing: 200, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /api/buildings/:id (a project-2 building)',
    method: 'GET',
    path: async (c) => `/api/buildings/${await firstItemId(c, `/api/projects/${p2(c)}/buildings`)}`,
    expect: { admin: 200, regional: 200, manager: 404, butler: 404, butler2: 200, technician: 404, sales: 404, marketing: 404, owner: 403, anonymous: 401 },
  },
  {
    name: 'PATCH /api/buildings/:id (a project-1 building)',
    method: 'PATCH',
    path: async (c) => `/api/buildings/${await p1Building(c)}`,
    body: () => ({ floors: 8 }),
    expect: { admin: 200, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },

  // units (房屋)
  {
    name: 'GET /api/projects/:projectId/units (project 1)',
    method: 'GET',
    path: (c) => `/api/projects/${p1(c)}/units`,
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404, technician: 200, sales: 200, marketing: 200, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /api/projects/:projectId/units (project 2)',
    method: 'GET',
    path: (c) => `/api/projects/${p2(c)}/units`,
    expect: { admin: 200, regional: 200, manager: 404, butler: 404, butler2: 200, technician: 404, sales: 404, marketing: 404, owner: 403, anonymous: 401 },
  },
  {
    name: 'POST /api/projects/:projectId/units (project 1)',
    method: 'POST',
    path: (c) => `/api/projects/${p1(c)}/units`,
    body: async (c) => ({ buildingId: await p1Building(c), code: `U-${c.unique}`, floor: 1, areaM2: 88.5, layout: '两室一厅' }),
    expect: { admin: 201, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    // The owner reads their unit through their household (GET /api/households/mine), not here.
    name: "GET /api/units/:id (the demo owner's unit 1-101, project 1)",
    method: 'GET',
    path: (c) => `/api/units/${c.demo.ownerUnitId}`,
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404, technician: 200, sales: 200, marketing: 200, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /api/units/:id (a project-2 unit)',
    method: 'GET',
    path: async (c) => `/api/units/${await firstItemId(c, `/api/projects/${p2(c)}/units`)}`,
    expect: { admin: 200, regional: 200, manager: 404, butler: 404, butler2: 200, technician: 404, sales: 404, marketing: 404, owner: 403, anonymous: 401 },
  },
  {
    name: "PATCH /api/units/:id (the demo owner's unit 1-101, project 1)",
    method: 'PATCH',
    path: (c) => `/api/units/${c.demo.ownerUnitId}`,
    body: () => ({ layout: '三室两厅两卫' }),
    expect: { admin: 200, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /api/units/import-template',
    method: 'GET',
    path: () => '/api/units/import-template',
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 200, technician: 200, sales: 200, marketing: 200, owner: 403, anonymous: 401 },
  },
  {
    // Rows cannot send multipart: the request carries no file, so the one caller allowed in gets 400 naming `file`.
    name: 'POST /api/projects/:projectId/units/import (project 1, no file attached)',
    method: 'POST',
    path: (c) => `/api/projects/${p1(c)}/units/import`,
    expect: { admin: 400, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
];
