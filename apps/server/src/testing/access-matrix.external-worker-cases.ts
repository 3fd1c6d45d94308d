import type { AccessCase, MaskingCase, MatrixContext } from './access-matrix.cases.js';
import { all, p1, p2 } from './access-matrix.fixtures.js';

const worker = (c: MatrixContext) => ({ name: '矩阵师傅', phone: '13912345678', idNumber: '310101199001011234', company: `外包 ${c.unique}`, purpose: '设备检修', visiting: '工程部' });

/** A worker the butler registered in project 1 just now, still on site. */
export async function registered(c: MatrixContext): Promise<string> {
  const res = await c.as('butler').post(`/api/projects/${p1(c)}/external-workers`, worker(c));
  if (res.statusCode !== 201) throw new Error(`fixture not registered: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

/** 外来工作人员问询登记: the register, registering, signing out, and the phone and ID number as each role sees them. */
export const externalWorkerCases: AccessCase[] = [
  {
    name: 'GET /api/projects/:projectId/external-workers (project 1)',
    method: 'GET',
    path: (c) => `/api/projects/${p1(c)}/external-workers`,
    expect: all(403, { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404 }),
  },
  {
    name: 'POST /api/projects/:projectId/external-workers (project 1)',
    method: 'POST',
    path: (c) => `/api/projects/${p1(c)}/external-workers`,
    body: worker,
    expect: all(403, { admin: 201, manager: 201, butler: 201, butler2: 404 }),
  },
  {
    name: 'POST /api/projects/:projectId/external-workers (project 2)',
    method: 'POST',
    path: (c) => `/api/projects/${p2(c)}/external-workers`,
    body: worker,
    expect: all(403, { admin: 201, manager: 404, butler: 404, butler2: 201 }),
  },
  {
    name: 'GET /api/external-workers/:id (a project-1 registration)',
    method: 'GET',
    path: async (c) => `/api/external-workers/${await registered(c)}`,
    expect: all(403, { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404 }),
  },
  {
    name: 'POST /api/external-workers/:id/sign-out (a project-1 worker on site)',
    method: 'POST',
    path: async (c) => `/api/external-workers/${await registered(c)}/sign-out`,
    body: () => ({}),
    expect: all(403, { admin: 200, manager: 200, butler: 200, butler2: 404 }),
  },
];

export const externalWorkerMaskingCases: MaskingCase[] = [
  {
    name: 'GET /api/external-workers/:id → the worker’s phone (masked for all; the full number only through a logged reveal)',
    path: async (c) => `/api/external-workers/${await registered(c)}`,
    pick: (b) => b.phone,
    expect: { admin: '139****5678', manager: '139****5678', butler: '139****5678', regional: '139****5678' },
  },
  {
    name: 'GET /api/external-workers/:id → the worker’s ID number',
    path: async (c) => `/api/external-workers/${await registered(c)}`,
    pick: (b) => b.idNumber,
    expect: { admin: '3101**********1234', manager: '3101**********1234', butler: '3101**********1234', regional: '3101**********1234' },
  },
  {
    name: 'GET /api/external-workers/:id → who may reveal them (on site: the butler and the managers)',
    path: async (c) => `/api/external-workers/${await registered(c)}`,
    pick: (b) => b.contactRevealable,
    expect: { admin: true, manager: true, butler: true, regional: false },
  },
];
