import type { AccessCase, MatrixContext } from './access-matrix.cases.js';
import { all } from './access-matrix.fixtures.js';

const demoOwner = async (c: MatrixContext) =>
  (await c.db.selectFrom('household_members').select('owner_id').where('household_id', '=', c.demo.ownerHouseholdId).executeTakeFirstOrThrow()).owner_id;

/** The property side serving project 1 issues and lists links; others are refused, project-2 staff do not find the owner. */
const servers = (status: number) => all(403, { admin: status, regional: status, manager: status, butler: status, butler2: 404 });

export const ownerInvitationCases: AccessCase[] = [
  { name: 'POST /api/owner-invitations (project-1 owner)', method: 'POST', path: () => '/api/owner-invitations', body: async (c) => ({ ownerId: await demoOwner(c) }), expect: servers(201) },
  { name: 'GET /api/owner-invitations?ownerId= (project-1 owner)', method: 'GET', path: async (c) => `/api/owner-invitations?ownerId=${await demoOwner(c)}`, expect: servers(200) },
];
