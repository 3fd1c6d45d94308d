import { uuidv7 } from '@guanjia/domain';
import { newRowStamp } from '../platform/db/transaction.js';
import type { AccessCase, MatrixContext } from './access-matrix.cases.js';
import { registered } from './access-matrix.external-worker-cases.js';
import { all, p1, p2 } from './access-matrix.fixtures.js';
import { walkIn } from './access-matrix.reception-cases.js';

const demoOwnerId = async (c: MatrixContext) =>
  (await c.db.selectFrom('household_members').select('owner_id').where('household_id', '=', c.demo.ownerHouseholdId).where('relation', '=', 'owner').executeTakeFirstOrThrow()).owner_id;

/** A new project-1 owner (no household, no orders) whose erasure request waits for a decision. */
async function waitingErasure(c: MatrixContext): Promise<string> {
  const tenancy = { company_id: c.demo.companyId, project_id: p1(c) };
  const ownerId = uuidv7();
  await c.db.insertInto('owners').values({ id: ownerId, ...tenancy, name: `矩阵业主 ${c.unique}`, phone: null, id_number: null, ...newRowStamp() }).execute();
  const id = uuidv7();
  await c.db
    .insertInto('personal_data_requests')
    .values({ id, ...tenancy, owner_id: ownerId, kind: 'erasure', state: 'requested', requested_by: c.demo.users.owner, reason: null, decided_by: null, decided_at: null, refuse_reason: null, completed_at: null, format: null, ...newRowStamp() })
    .execute();
  return id;
}

const auditors = all(403, { admin: 200, regional: 200 });
const reviewers = (status: number) => all(403, { admin: status, manager: status });
const fullRoles = (status: number, outside = 404) => all(403, { admin: status, regional: status, manager: status, butler: status, butler2: outside });
const ownerOnly = (status: number) => all(403, { owner: status });

/** 个人信息保护: reveals of full numbers, the read log, requests and their decisions, exports. */
export const personalDataCases: AccessCase[] = [
  {
    name: 'POST /api/personal-data/reveal (the demo owner phone, project 1)',
    method: 'POST',
    path: () => '/api/personal-data/reveal',
    body: async (c) => ({ subjectType: 'owner', ownerId: await demoOwnerId(c), field: 'phone', purpose: '矩阵' }),
    expect: fullRoles(200),
  },
  {
    name: 'POST /api/personal-data/reveal (a project-1 visitor’s phone: the desk and 孙丽, the visitor’s consultant)',
    method: 'POST',
    path: () => '/api/personal-data/reveal',
    body: async (c) => ({ subjectType: 'visit', visitId: await walkIn(c), field: 'phone' }),
    expect: all(403, { manager: 200, butler: 200, sales: 200, butler2: 404 }),
  },
  {
    name: 'POST /api/personal-data/reveal (a project-1 outside worker’s ID number: the butler and the managers on site)',
    method: 'POST',
    path: () => '/api/personal-data/reveal',
    body: async (c) => ({ subjectType: 'externalWorker', externalWorkerId: await registered(c), field: 'idNumber' }),
    expect: all(403, { admin: 200, manager: 200, butler: 200, butler2: 404 }),
  },
  { name: 'GET /api/personal-data/reads', method: 'GET', path: () => '/api/personal-data/reads', expect: auditors },
  { name: 'GET /api/personal-data/reads/export', method: 'GET', path: () => '/api/personal-data/reads/export', expect: auditors },
  { name: 'GET /api/personal-data/requests', method: 'GET', path: () => '/api/personal-data/requests', expect: all(403, { admin: 200, regional: 200, manager: 200 }) },
  {
    name: 'POST /api/personal-data/requests/:id/refuse (a waiting project-1 erasure)',
    method: 'POST',
    path: async (c) => `/api/personal-data/requests/${await waitingErasure(c)}/refuse`,
    body: () => ({ reason: '矩阵拒绝' }),
    expect: reviewers(200),
  },
  {
    name: 'POST /api/personal-data/requests/:id/approve (a waiting project-1 erasure)',
    method: 'POST',
    path: async (c) => `/api/personal-data/requests/${await waitingErasure(c)}/approve`,
    body: () => ({}),
    expect: reviewers(200),
  },
  { name: 'GET /api/personal-data/owners (project 1)', method: 'GET', path: (c) => `/api/personal-data/owners?projectId=${p1(c)}`, expect: fullRoles(200) },
  {
    name: 'GET /api/personal-data/owners (project 2)',
    method: 'GET',
    path: (c) => `/api/personal-data/owners?projectId=${p2(c)}`,
    expect: all(403, { admin: 200, regional: 200, manager: 404, butler: 404, butler2: 200 }),
  },
  { name: 'GET /api/personal-data/owners/:ownerId/export (the demo owner)', method: 'GET', path: async (c) => `/api/personal-data/owners/${await demoOwnerId(c)}/export`, expect: fullRoles(200) },
  { name: 'GET /api/personal-data/mine/export', method: 'GET', path: () => '/api/personal-data/mine/export?format=json', expect: ownerOnly(200) },
  { name: 'GET /api/personal-data/mine/requests', method: 'GET', path: () => '/api/personal-data/mine/requests', expect: ownerOnly(200) },
  // Unconfirmed, so the demo owner is never erased by the matrix: the owner reaches validation (400), everyone else is refused first.
  { name: 'POST /api/personal-data/mine/erasure (unconfirmed)', method: 'POST', path: () => '/api/personal-data/mine/erasure', body: () => ({ confirm: false }), expect: ownerOnly(400) },
];
