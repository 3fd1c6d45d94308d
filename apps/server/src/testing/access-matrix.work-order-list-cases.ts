import type { AccessCase, Account, MaskingCase, MatrixContext } from './access-matrix.cases.js';
import { created, p1 } from './access-matrix.fixtures.js';

/** Staff of project 1 and the company-wide roles read; the developer's side and owners never do. */
const listRows = (others: Partial<Record<Account, number>> = {}): Record<Account, number> => ({
  admin: 200,
  regional: 200,
  manager: 200,
  butler: 200,
  butler2: 404,
  technician: 200,
  sales: 403,
  marketing: 403,
  owner: 403,
  anonymous: 401,
  ...others,
});

async function step(c: MatrixContext, who: Account, id: string, action: string, body: Record<string, unknown> = {}) {
  const res = await c.as(who).post(`/api/work-orders/${id}/${action}`, body);
  if (res.statusCode !== 200) throw new Error(`fixture step ${action} failed: ${res.statusCode} ${res.body}`);
}

/** Dispatched to the demo technician and accepted by them. */
async function technicianOrder(c: MatrixContext, create: (c: MatrixContext) => Promise<string>): Promise<string> {
  const id = await create(c);
  await step(c, 'butler', id, 'dispatch', { mode: 'assign', userId: c.demo.users.technician });
  await step(c, 'technician', id, 'accept-assignment');
  return id;
}
const butlerComplaint = (c: MatrixContext) =>
  created(c.as('butler').post('/api/work-orders', { projectId: p1(c), householdId: c.demo.ownerHouseholdId, kind: 'complaint', channel: 'phone', title: `矩阵列表 ${c.unique}` }));
async function ownerComplaint(c: MatrixContext): Promise<string> {
  const id = await created(c.as('owner').post('/api/h5/work-orders', { projectId: p1(c), householdId: c.demo.ownerHouseholdId, kind: 'complaint', title: `矩阵评价 ${c.unique}` }));
  await step(c, 'butler', id, 'accept');
  return id;
}
/** Completed by the technician: a complaint, so a return visit waits. */
async function completed(c: MatrixContext, create: (c: MatrixContext) => Promise<string>): Promise<string> {
  const id = await technicianOrder(c, create);
  await step(c, 'technician', id, 'start');
  await step(c, 'technician', id, 'complete');
  return id;
}

/** The work-order lists, the Excel export and the return visits (回访). */
export const workOrderListCases: AccessCase[] = [
  { name: 'GET /api/work-orders?projectId= (project 1)', method: 'GET', path: (c) => `/api/work-orders?projectId=${p1(c)}`, expect: listRows() },
  { name: 'GET /api/work-orders (every project of mine)', method: 'GET', path: () => '/api/work-orders', expect: listRows({ butler2: 200 }) },
  { name: 'GET /api/work-orders?scope=accountable', method: 'GET', path: () => '/api/work-orders?scope=accountable', expect: listRows({ butler2: 200 }) },
  { name: 'GET /api/work-orders/export.xlsx?projectId= (project 1)', method: 'GET', path: (c) => `/api/work-orders/export.xlsx?projectId=${p1(c)}`, expect: listRows() },
  {
    name: 'GET /api/return-visits?projectId=&status=pending (project 1)',
    method: 'GET',
    path: (c) => `/api/return-visits?projectId=${p1(c)}&status=pending`,
    expect: listRows({ technician: 403 }),
  },
  {
    name: 'POST /api/work-orders/:id/return-visit (a complaint the technician completed)',
    method: 'POST',
    path: async (c) => `/api/work-orders/${await completed(c, butlerComplaint)}/return-visit`,
    body: () => ({ rating: 4, outcome: 'accepted', method: 'phone' }),
    expect: listRows({ technician: 403 }),
  },
  {
    name: "POST /api/h5/work-orders/:id/rate (the owner's completed complaint)",
    method: 'POST',
    path: async (c) => `/api/h5/work-orders/${await completed(c, ownerComplaint)}/rate`,
    body: () => ({ rating: 5, accept: true }),
    expect: { admin: 403, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 200, anonymous: 401 },
  },
];

const MASKED_PHONE = '138****5678';

/** The requester's phone in the list: masked; revealable by the managing roles and the technician it is assigned to. */
export const workOrderListMaskingCases: MaskingCase[] = [
  {
    name: 'GET /api/work-orders?q= (an order assigned to the technician) → requester phone',
    path: async (c) => {
      await technicianOrder(c, butlerComplaint);
      return `/api/work-orders?projectId=${p1(c)}&q=${encodeURIComponent(`矩阵列表 ${c.unique}`)}`;
    },
    pick: (body) => [body.items[0].requesterPhone, body.items[0].phoneRevealable],
    expect: { admin: [MASKED_PHONE, true], regional: [MASKED_PHONE, true], manager: [MASKED_PHONE, true], butler: [MASKED_PHONE, true], technician: [MASKED_PHONE, true] },
  },
];
