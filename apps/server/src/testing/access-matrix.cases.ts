import type { DemoIds } from '../demo/seed-demo.js';
import type { Db } from '../platform/db/database.js';
import { buildingCases } from './access-matrix.building-cases.js';
import { calendarCases } from './access-matrix.calendar-cases.js';
import { created, p1, p2 } from './access-matrix.fixtures.js';
import { orgCases, orgMaskingCases } from './access-matrix.org-cases.js';
import { serviceCatalogCases } from './access-matrix.service-catalog-cases.js';
import { venueCases, venueMaskingCases } from './access-matrix.venue-cases.js';
import { workflowCases } from './access-matrix.workflow-cases.js';
import { knowledgeCases } from './access-matrix.knowledge-cases.js';
import { dailyCheckCases } from './access-matrix.daily-check-cases.js';
import { externalWorkerCases, externalWorkerMaskingCases } from './access-matrix.external-worker-cases.js';
import { liaisonFormCases } from './access-matrix.liaison-form-cases.js';
import { salesMeetingCases } from './access-matrix.sales-meeting-cases.js';
import { openingReadinessCases } from './access-matrix.opening-readiness-cases.js';
import { salesPreparationCases } from './access-matrix.sales-preparation-cases.js';
import { showcaseCases } from './access-matrix.showcase-cases.js';
import { etiquetteDrillCases } from './access-matrix.etiquette-drill-cases.js';
import { dealCases } from './access-matrix.deal-cases.js';
import { ownerDocumentCases } from './access-matrix.owner-document-cases.js';
import { questionnaireCases } from './access-matrix.questionnaire-cases.js';
import { serviceProfileCases } from './access-matrix.service-profile-cases.js';
import { messagingCases } from './access-matrix.messaging-cases.js';
import { lifeInfoCases } from './access-matrix.life-info-cases.js';
import { ownerInvitationCases } from './access-matrix.owner-invitation-cases.js';
import { consentCases } from './access-matrix.consent-cases.js';
import { salesChannelCases } from './access-matrix.sales-channel-cases.js';
import { carePlanCases } from './access-matrix.care-plan-cases.js';
import { ownerVisitCases } from './access-matrix.owner-visit-cases.js';
import { lifeSecretaryCases } from './access-matrix.life-secretary-cases.js';
import { personalDataCases } from './access-matrix.personal-data-cases.js';
import { trainingCases } from './access-matrix.training-cases.js';
import { eventPlanCases } from './access-matrix.event-plan-cases.js';
import { salesDashboardCases, salesDashboardMaskingCases } from './access-matrix.sales-dashboard-cases.js';
import { receptionCases, receptionMaskingCases } from './access-matrix.reception-cases.js';
import { workOrderCases, workOrderMaskingCases } from './access-matrix.work-order-cases.js';
import { workOrderListCases, workOrderListMaskingCases } from './access-matrix.work-order-list-cases.js';
import { TEST_PASSWORD, type Requester } from './test-app.js';

/**
 * The role × endpoint matrix: one row per endpoint and target, the expected status for every demo
 * account. Feature modules append their rows to `accessCases` (and `maskingCases`), here or in an
 * access-matrix.<area>-cases.ts file spread in at the end; the runner is access-matrix.test.ts.
 * Rows run in order against one app, so writes must use `c.unique` in names and never disable or
 * log out a demo account (use `freshSession` for session-ending calls).
 */
export const ACCOUNTS = ['admin', 'regional', 'manager', 'butler', 'butler2', 'technician', 'sales', 'marketing', 'owner', 'anonymous'] as const;
export type Account = (typeof ACCOUNTS)[number];

export interface MatrixContext {
  demo: DemoIds;
  db: Db;
  /** The account this request is sent as. */
  account: Account;
  /** Different on every request: put it in usernames, codes and names so repeated writes never clash. */
  unique: string;
  /** Requests as another account, e.g. to create a fixture as admin. */
  as(account: Account): Requester;
}

export interface AccessCase {
  /** "METHOD /api/path (what it targets)", e.g. "GET /api/households/:id (project-1 household)". */
  name: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path(c: MatrixContext): string | Promise<string>;
  body?(c: MatrixContext): unknown;
  /** Log the account in anew for this request instead of reusing its cached session. */
  freshSession?: boolean;
  expect: Record<Account, number>;
}

/** A value read out of a 200 response, compared per account: personal-data masking and the like. */
export interface MaskingCase {
  name: string;
  path(c: MatrixContext): string | Promise<string>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  pick(body: any): unknown;
  /** Accounts left out are not checked (typically those answered 403/404 in accessCases). */
  expect: Partial<Record<Account, unknown>>;
}

// Fixtures, created on demand through the API as admin or looked up in the seed (shared ones in access-matrix.fixtures.ts).
const scratchUser = (c: MatrixContext) =>
  created(c.as('admin').post('/api/users', { username: `fx-${c.unique}`, password: 'fixture-pass', name: '临时员工', roles: ['frontline'], projectIds: [c.demo.projectIds[0]] }));
const scratchVendor = (c: MatrixContext) => created(c.as('admin').post('/api/vendors', { name: `外包 ${c.unique}`, serviceType: 'cleaning', projectIds: [c.demo.projectIds[0]] }));
/** A unit of project 1 or 2 that has no household yet. */
async function freeUnit(c: MatrixContext, project: 0 | 1): Promise<string> {
  const unit = await c.db
    .selectFrom('units')
    .leftJoin('households', 'households.unit_id', 'units.id')
    .select('units.id')
    .where('units.project_id', '=', c.demo.projectIds[project])
    .where('households.id', 'is', null)
    .orderBy('units.code')
    .executeTakeFirstOrThrow();
  return unit.id;
}
const scratchHousehold = async (c: MatrixContext, project: 0 | 1 = 0) =>
  created(c.as('admin').post(`/api/projects/${c.demo.projectIds[project]}/households`, { unitId: await freeUnit(c, project) }));
const demoOwnerId = async (c: MatrixContext) =>
  (await c.db.selectFrom('household_members').select('owner_id').where('household_id', '=', c.demo.ownerHouseholdId).where('relation', '=', 'owner').executeTakeFirstOrThrow()).owner_id;

export const accessCases: AccessCase[] = [
  // auth
  {
    name: 'POST /api/auth/login (own credentials; anonymous a wrong one)',
    method: 'POST',
    path: () => '/api/auth/login',
    body: (c) => (c.account === 'anonymous' ? { username: 'nobody', password: 'wrong' } : { username: c.account, password: TEST_PASSWORD }),
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 200, technician: 200, sales: 200, marketing: 200, owner: 200, anonymous: 401 },
  },
  {
    name: 'GET /api/me',
    method: 'GET',
    path: () => '/api/me',
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 200, technician: 200, sales: 200, marketing: 200, owner: 200, anonymous: 401 },
  },
  {
    name: 'POST /api/auth/logout (a fresh session)',
    method: 'POST',
    path: () => '/api/auth/logout',
    freshSession: true,
    expect: { admin: 204, regional: 204, manager: 204, butler: 204, butler2: 204, technician: 204, sales: 204, marketing: 204, owner: 204, anonymous: 204 },
  },

  // staff accounts
  {
    name: 'GET /api/users',
    method: 'GET',
    path: () => '/api/users',
    expect: { admin: 200, regional: 200, manager: 200, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /api/users/:id (project-1 butler)',
    method: 'GET',
    path: (c) => `/api/users/${c.demo.users.butler}`,
    expect: { admin: 200, regional: 200, manager: 200, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /api/users/:id (project-2 butler)',
    method: 'GET',
    path: (c) => `/api/users/${c.demo.users.butler2}`,
    expect: { admin: 200, regional: 200, manager: 404, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'POST /api/users',
    method: 'POST',
    path: () => '/api/users',
    body: (c) => ({ username: `m-${c.unique}`, password: 'matrix-pass', name: '矩阵员工', roles: ['butler'], projectIds: [c.demo.projectIds[0]] }),
    expect: { admin: 201, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'PATCH /api/users/:id (a project-1 staff account)',
    method: 'PATCH',
    path: async (c) => `/api/users/${await scratchUser(c)}`,
    body: () => ({ name: '改名员工' }),
    expect: { admin: 200, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'POST /api/users/:id/reset-password (a project-1 staff account)',
    method: 'POST',
    path: async (c) => `/api/users/${await scratchUser(c)}/reset-password`,
    body: () => ({ password: 'new-matrix-pass' }),
    expect: { admin: 204, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },

  // vendors
  {
    name: 'GET /api/vendors',
    method: 'GET',
    path: () => '/api/vendors',
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 200, technician: 200, sales: 200, marketing: 200, owner: 403, anonymous: 401 },
  },
  {
    name: 'POST /api/vendors',
    method: 'POST',
    path: () => '/api/vendors',
    body: (c) => ({ name: `外包 ${c.unique}`, serviceType: 'security', projectIds: [c.demo.projectIds[0]] }),
    expect: { admin: 201, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'PATCH /api/vendors/:id (a project-1 vendor)',
    method: 'PATCH',
    path: async (c) => `/api/vendors/${await scratchVendor(c)}`,
    body: () => ({ contactName: '联系人' }),
    expect: { admin: 200, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },

  // households
  {
    name: 'GET /api/projects/:projectId/households (project 1)',
    method: 'GET',
    path: (c) => `/api/projects/${p1(c)}/households`,
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404, technician: 200, sales: 200, marketing: 200, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /api/projects/:projectId/households (project 2)',
    method: 'GET',
    path: (c) => `/api/projects/${p2(c)}/households`,
    expect: { admin: 200, regional: 200, manager: 404, butler: 404, butler2: 200, technician: 404, sales: 404, marketing: 404, owner: 403, anonymous: 401 },
  },
  {
    name: 'POST /api/projects/:projectId/households (a free project-1 unit)',
    method: 'POST',
    path: (c) => `/api/projects/${p1(c)}/households`,
    body: async (c) => ({ unitId: await freeUnit(c, 0) }),
    expect: { admin: 201, regional: 403, manager: 201, butler: 201, butler2: 404, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /api/households/:id (the demo owner household, project 1)',
    method: 'GET',
    path: (c) => `/api/households/${c.demo.ownerHouseholdId}`,
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404, technician: 200, sales: 200, marketing: 200, owner: 200, anonymous: 401 },
  },
  {
    name: "GET /api/households/:id (another project-1 household, not the owner's)",
    method: 'GET',
    path: async (c) => `/api/households/${await scratchHousehold(c)}`,
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404, technician: 200, sales: 200, marketing: 200, owner: 404, anonymous: 401 },
  },
  {
    name: 'GET /api/households/:id (a project-2 household)',
    method: 'GET',
    path: async (c) => `/api/households/${await scratchHousehold(c, 1)}`,
    expect: { admin: 200, regional: 200, manager: 404, butler: 404, butler2: 200, technician: 404, sales: 404, marketing: 404, owner: 404, anonymous: 401 },
  },
  {
    name: 'GET /api/households/mine',
    method: 'GET',
    path: () => '/api/households/mine',
    expect: { admin: 403, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 200, anonymous: 401 },
  },
  {
    name: 'PATCH /api/households/:id (the demo owner household, project 1)',
    method: 'PATCH',
    path: (c) => `/api/households/${c.demo.ownerHouseholdId}`,
    body: () => ({ name: '吴宅' }),
    expect: { admin: 200, regional: 403, manager: 200, butler: 200, butler2: 404, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'POST /api/households/:id/members (a project-1 household)',
    method: 'POST',
    path: async (c) => `/api/households/${await scratchHousehold(c)}/members`,
    body: () => ({ name: '新住户', phone: '13600000000', relation: 'resident' }),
    expect: { admin: 201, regional: 403, manager: 201, butler: 201, butler2: 404, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'PATCH /api/owners/:id (the demo owner, project 1)',
    method: 'PATCH',
    path: async (c) => `/api/owners/${await demoOwnerId(c)}`,
    body: () => ({ name: '吴先生' }),
    expect: { admin: 200, regional: 403, manager: 200, butler: 200, butler2: 404, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },

  ...orgCases,
  ...buildingCases,
  ...workflowCases,
  ...calendarCases,
  ...serviceCatalogCases,
  ...venueCases,
  ...workOrderCases,
  ...workOrderListCases,
  ...receptionCases,
  ...dailyCheckCases,
  ...externalWorkerCases,
  ...liaisonFormCases,
  ...salesMeetingCases,
  ...salesDashboardCases,
  ...openingReadinessCases,
  ...eventPlanCases,
  ...salesPreparationCases,
  ...showcaseCases,
  ...etiquetteDrillCases,
  ...trainingCases,
  ...ownerInvitationCases,
  ...dealCases,
  ...ownerDocumentCases,
  ...questionnaireCases,
  ...serviceProfileCases,
  ...messagingCases,
  ...lifeInfoCases,
  ...consentCases,
  ...salesChannelCases,
  ...carePlanCases,
  ...ownerVisitCases,
  ...lifeSecretaryCases,
  ...personalDataCases,
  // Last: its sales-bank rows open approval requests for the marketing lead.
  ...knowledgeCases,
];

const FULL_PHONE = '13812345678';
const MASKED_PHONE = '138****5678';

export const maskingCases: MaskingCase[] = [
  {
    name: 'GET /api/households/:id → the demo owner phone',
    path: (c) => `/api/households/${c.demo.ownerHouseholdId}`,
    pick: (b) => b.members[0].phone,
    // Staff see masks; the full number only through POST /api/personal-data/reveal (logged). The owner sees their own.
    expect: { admin: MASKED_PHONE, regional: MASKED_PHONE, manager: MASKED_PHONE, butler: MASKED_PHONE, technician: MASKED_PHONE, sales: MASKED_PHONE, marketing: MASKED_PHONE, owner: FULL_PHONE },
  },
  {
    name: 'GET /api/households/:id → the demo owner ID number',
    path: (c) => `/api/households/${c.demo.ownerHouseholdId}`,
    pick: (b) => b.members[0].idNumber,
    expect: { admin: '3101**********1234', butler: '3101**********1234', owner: '310101198001011234', sales: '3101**********1234', marketing: '3101**********1234', technician: '3101**********1234' },
  },
  {
    name: 'GET /api/projects/:projectId/households?q=1-101 → the demo owner phone',
    path: (c) => `/api/projects/${p1(c)}/households?q=1-101`,
    pick: (b) => b.items[0].members[0].phone,
    expect: { admin: MASKED_PHONE, manager: MASKED_PHONE, butler: MASKED_PHONE, sales: MASKED_PHONE, marketing: MASKED_PHONE, technician: MASKED_PHONE },
  },
  {
    name: 'GET /api/households/mine → own phone',
    path: () => '/api/households/mine',
    pick: (b) => b.items[0].members[0].phone,
    expect: { owner: FULL_PHONE },
  },
  {
    name: 'GET /api/users/:id → a staff phone, in full to everyone who may read staff',
    path: (c) => `/api/users/${c.demo.users.butler}`,
    pick: (b) => b.phone,
    expect: { admin: '13900001003', regional: '13900001003', manager: '13900001003' },
  },
  ...orgMaskingCases,
  ...venueMaskingCases,
  ...workOrderMaskingCases,
  ...workOrderListMaskingCases,
  ...receptionMaskingCases,
  ...externalWorkerMaskingCases,
  ...salesDashboardMaskingCases,
];
