import type { AccessCase, MatrixContext } from './access-matrix.cases.js';
import { all, created, p1 } from './access-matrix.fixtures.js';

/** The sales side and the property side of project 1 record and read; project-2 staff do not find the project. */
const recorders = (status: number) => all(403, { admin: status, regional: status, manager: status, butler: status, sales: status, butler2: 404 });
/** The checklist, the butler and cancelling are the property side's. */
const propertySide = (status: number) => all(403, { admin: status, regional: status, manager: status, butler: status, butler2: 404 });
/** The CRM's secret: company admin and the service-center manager. */
const webhookAdmins = (status: number) => all(403, { admin: status, manager: status });

const unitId = async (c: MatrixContext, code: string) => (await c.db.selectFrom('units').select('id').where('project_id', '=', p1(c)).where('code', '=', code).executeTakeFirstOrThrow()).id;
/** Always the same buyer on the same unit: a repeat deal of one buyer is allowed, so rows never clash. */
const dealBody = async (c: MatrixContext) => ({ unitId: await unitId(c, '2-602'), buyer: { name: '矩阵买受人', phone: '13000000602' }, signingDate: '2026-01-05' });
const freshDeal = async (c: MatrixContext) => created(c.as('butler').post(`/api/projects/${p1(c)}/deals`, await dealBody(c)));
const demoDeal = async (c: MatrixContext) => (await c.db.selectFrom('deals').select('id').where('project_id', '=', p1(c)).where('contract_number', '=', 'JW01-2026-0031').executeTakeFirstOrThrow()).id;

export const dealCases: AccessCase[] = [
  { name: 'GET /api/projects/:projectId/deals (project 1)', method: 'GET', path: (c) => `/api/projects/${p1(c)}/deals`, expect: recorders(200) },
  { name: 'POST /api/projects/:projectId/deals (project 1)', method: 'POST', path: (c) => `/api/projects/${p1(c)}/deals`, body: dealBody, expect: recorders(201) },
  { name: 'GET /api/projects/:projectId/deal-butlers (project 1)', method: 'GET', path: (c) => `/api/projects/${p1(c)}/deal-butlers`, expect: recorders(200) },
  { name: 'GET /api/deals/import-template', method: 'GET', path: () => '/api/deals/import-template', expect: { ...recorders(200), butler2: 200 } },
  // Without a multipart file the allowed callers get 400 naming `file`; the guard and the project come first.
  { name: 'POST /api/projects/:projectId/deals/import (project 1, no file)', method: 'POST', path: (c) => `/api/projects/${p1(c)}/deals/import`, expect: recorders(400) },
  { name: 'GET /api/deals/:id (demo deal of project 1)', method: 'GET', path: async (c) => `/api/deals/${await demoDeal(c)}`, expect: recorders(200) },
  { name: 'POST /api/deals/:id/cancel (fresh deal)', method: 'POST', path: async (c) => `/api/deals/${await freshDeal(c)}/cancel`, body: () => ({ reason: 'entryError', note: '矩阵撤单' }), expect: propertySide(200) },
  {
    name: 'PATCH /api/deals/:id (fresh deal)',
    method: 'PATCH',
    path: async (c) => `/api/deals/${await freshDeal(c)}`,
    body: async (c) => {
      const d = await c.db.selectFrom('deals').select('version').where('project_id', '=', p1(c)).where('buyer_name', '=', '矩阵买受人').orderBy('id', 'desc').executeTakeFirstOrThrow();
      return { version: d.version, buyer: { name: '矩阵买受人' }, signingDate: '2026-01-05' };
    },
    expect: propertySide(200),
  },
  {
    name: 'PATCH /api/deals/:id/onboarding/:item (fresh deal, welcomeCall)',
    method: 'PATCH',
    path: async (c) => `/api/deals/${await freshDeal(c)}/onboarding/welcomeCall`,
    body: () => ({ status: 'done' }),
    expect: propertySide(200),
  },
  { name: 'PATCH /api/deals/:id/butler (fresh deal)', method: 'PATCH', path: async (c) => `/api/deals/${await freshDeal(c)}/butler`, body: (c) => ({ butlerId: c.demo.users.butler }), expect: propertySide(200) },
  { name: 'GET /api/projects/:projectId/deal-webhook (project 1)', method: 'GET', path: (c) => `/api/projects/${p1(c)}/deal-webhook`, expect: webhookAdmins(200) },
  { name: 'POST /api/projects/:projectId/deal-webhook/secret (project 1)', method: 'POST', path: (c) => `/api/projects/${p1(c)}/deal-webhook/secret`, expect: webhookAdmins(201) },
  // Public, but only a signed delivery gets in: a session is no substitute for the signature.
  { name: 'POST /api/public/deals/webhook/:projectId (unsigned)', method: 'POST', path: (c) => `/api/public/deals/webhook/${p1(c)}`, body: () => ({ externalRef: 'x' }), expect: all(401) },
];
