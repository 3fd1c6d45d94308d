import type { AccessCase, MatrixContext } from './access-matrix.cases.js';
import { all } from './access-matrix.fixtures.js';

const demoOwner = async (c: MatrixContext) =>
  (await c.db.selectFrom('household_members').select('owner_id').where('household_id', '=', c.demo.ownerHouseholdId).where('relation', '=', 'owner').executeTakeFirstOrThrow()).owner_id;

/** The property side serving project 1; project-2 staff do not find the owner; the owner reads their own. */
export const consentCases: AccessCase[] = [
  {
    name: 'GET /api/owners/:ownerId/consents (demo owner)',
    method: 'GET',
    path: async (c) => `/api/owners/${await demoOwner(c)}/consents`,
    expect: all(403, { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404, owner: 200 }),
  },
  {
    name: 'POST /api/owners/:ownerId/consents (demo owner, photos on paper)',
    method: 'POST',
    path: async (c) => `/api/owners/${await demoOwner(c)}/consents`,
    body: (c) => ({ purpose: 'photoSharing', granted: true, method: 'paper', note: `签字单 ${c.unique}` }),
    expect: all(403, { admin: 201, regional: 201, manager: 201, butler: 201, butler2: 404 }),
  },
];
