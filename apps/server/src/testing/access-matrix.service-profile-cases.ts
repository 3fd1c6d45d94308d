import type { AccessCase } from './access-matrix.cases.js';
import { all } from './access-matrix.fixtures.js';

/**
 * The butler team reads in full and edits; front-line and technicians read the summary; the owner reads
 * their own; the sales side is refused; project-2 staff do not find the household.
 */
export const serviceProfileCases: AccessCase[] = [
  {
    name: 'GET /api/households/:id/service-profile (demo household)',
    method: 'GET',
    path: (c) => `/api/households/${c.demo.ownerHouseholdId}/service-profile`,
    expect: all(200, { butler2: 404, sales: 403, marketing: 403, anonymous: 401 }),
  },
  {
    name: 'PUT /api/households/:id/service-profile (demo household, saved unchanged)',
    method: 'PUT',
    path: (c) => `/api/households/${c.demo.ownerHouseholdId}/service-profile`,
    body: async (c) => {
      const p = (await c.as('admin').get(`/api/households/${c.demo.ownerHouseholdId}/service-profile`)).json();
      return { version: p.version, profile: p.detail.recorded };
    },
    expect: all(403, { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404 }),
  },
  {
    name: 'GET /api/households/:id/service-profile/history (demo household)',
    method: 'GET',
    path: (c) => `/api/households/${c.demo.ownerHouseholdId}/service-profile/history`,
    expect: all(403, { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404, owner: 200 }),
  },
];
