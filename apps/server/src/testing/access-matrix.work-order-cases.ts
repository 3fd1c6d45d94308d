import { businessDate } from '@guanjia/domain';
import type { AccessCase, Account, MaskingCase, MatrixContext } from './access-matrix.cases.js';
import { created, p1 } from './access-matrix.fixtures.js';

/** The desk of project 1 (and the company-wide roles) answer `desk`; the rest as given. */
const rows = (desk: number, others: Partial<Record<Account, number>>): Record<Account, number> => ({
  admin: desk,
  regional: desk,
  manager: desk,
  butler: desk,
  butler2: 404,
  technician: 404,
  sales: 403,
  marketing: 403,
  owner: 403,
  anonymous: 401,
  ...others,
});
/** Owner-only H5 endpoints: every staff account is refused. */
const ownerOnly = (status: number): Record<Account, number> => ({
  admin: 403,
  regional: 403,
  manager: 403,
  butler: 403,
  butler2: 403,
  technician: 403,
  sales: 403,
  marketing: 403,
  owner: status,
  anonymous: 401,
});

// Fixtures: every row makes its own order through the API.
/** Recorded by the butler by phone for the demo household: accepted, the butler accountable. */
const butlerOrder = (c: MatrixContext) =>
  created(c.as('butler').post('/api/work-orders', { projectId: p1(c), householdId: c.demo.ownerHouseholdId, kind: 'request', channel: 'phone', title: `矩阵工单 ${c.unique}` }));
/** The demo owner's H5 request: submitted, nobody accountable yet. */
const ownerOrder = (c: MatrixContext) =>
  created(c.as('owner').post('/api/h5/work-orders', { projectId: p1(c), householdId: c.demo.ownerHouseholdId, kind: 'repair', title: `矩阵报修 ${c.unique}` }));

/** A visitor's complaint at project 1's sales center, with a reply promised in five days. */
const siteComplaint = (c: MatrixContext) =>
  created(
    c.as('butler').post('/api/work-orders', {
      projectId: p1(c),
      kind: 'complaint',
      channel: 'visit',
      title: `矩阵投诉 ${c.unique}`,
      requesterName: '来访客户',
      replyBy: businessDate(Date.now() + 5 * 86_400_000),
    }),
  );

async function step(c: MatrixContext, who: Account, id: string, action: string, body: Record<string, unknown> = {}) {
  const res = await c.as(who).post(`/api/work-orders/${id}/${action}`, body);
  if (res.statusCode !== 200) throw new Error(`fixture step ${action} failed: ${res.statusCode} ${res.body}`);
}
/** Dispatched by the butler to the demo technician; accepted by them when `accepted`. */
async function technicianOrder(c: MatrixContext, accepted = true): Promise<string> {
  const id = await butlerOrder(c);
  await step(c, 'butler', id, 'dispatch', { mode: 'assign', userId: c.demo.users.technician });
  if (accepted) await step(c, 'technician', id, 'accept-assignment');
  return id;
}
async function orderIn(c: MatrixContext, status: 'inProgress' | 'paused' | 'completed'): Promise<string> {
  const id = await technicianOrder(c);
  await step(c, 'technician', id, 'start');
  if (status === 'paused') await step(c, 'technician', id, 'pause', { reason: '等待配件' });
  if (status === 'completed') await step(c, 'technician', id, 'complete');
  return id;
}
async function grabOrder(c: MatrixContext): Promise<string> {
  const id = await butlerOrder(c);
  const engineering = await c.db.selectFrom('departments').select('id').where('project_id', '=', p1(c)).where('name', '=', '工程部').executeTakeFirstOrThrow();
  await step(c, 'butler', id, 'dispatch', { mode: 'grab', departmentId: engineering.id });
  return id;
}

const revealBody = (workOrderId: string) => ({ subjectType: 'workOrder', workOrderId, field: 'phone', purpose: '矩阵' });

const post = (name: string, path: (c: MatrixContext) => Promise<string>, body: (c: MatrixContext) => unknown, expect: Record<Account, number>): AccessCase => ({
  name,
  method: 'POST',
  path,
  body,
  expect,
});

/** Work orders (工单): the staff endpoints and the owners' H5 endpoints. */
export const workOrderCases: AccessCase[] = [
  post('POST /api/work-orders (a phone request for the demo household)', async () => '/api/work-orders', (c) => ({
    projectId: p1(c),
    householdId: c.demo.ownerHouseholdId,
    kind: 'request',
    channel: 'phone',
    title: `矩阵新单 ${c.unique}`,
  }), rows(201, { technician: 403 })),
  {
    name: "GET /api/work-orders/:id (the butler's order, not dispatched)",
    method: 'GET',
    path: async (c) => `/api/work-orders/${await butlerOrder(c)}`,
    expect: rows(200, {}),
  },
  {
    name: 'GET /api/work-orders/:id (an order assigned to the technician)',
    method: 'GET',
    path: async (c) => `/api/work-orders/${await technicianOrder(c)}`,
    expect: rows(200, { technician: 200 }),
  },
  post('POST /api/work-orders/:id/accept (an H5 request)', async (c) => `/api/work-orders/${await ownerOrder(c)}/accept`, () => ({}), rows(200, {})),
  post('POST /api/work-orders/:id/dispatch (to the technician)', async (c) => `/api/work-orders/${await butlerOrder(c)}/dispatch`, (c) => ({ mode: 'assign', userId: c.demo.users.technician }), rows(200, {})),
  // The demo technician works in 工程部 and takes it; the desk may not grab; butler2 does not see project 1.
  post('POST /api/work-orders/:id/grab (offered to 工程部)', async (c) => `/api/work-orders/${await grabOrder(c)}/grab`, () => ({}), rows(403, { technician: 200 })),
  post('POST /api/work-orders/:id/accept-assignment (assigned to the technician)', async (c) => `/api/work-orders/${await technicianOrder(c, false)}/accept-assignment`, () => ({}), rows(403, { technician: 200 })),
  post('POST /api/work-orders/:id/return-assignment (assigned to the technician)', async (c) => `/api/work-orders/${await technicianOrder(c)}/return-assignment`, () => ({ reason: '非本专业' }), rows(403, { technician: 200 })),
  post('POST /api/work-orders/:id/start (accepted by the technician)', async (c) => `/api/work-orders/${await technicianOrder(c)}/start`, () => ({}), rows(403, { technician: 200 })),
  post('POST /api/work-orders/:id/pause (in progress)', async (c) => `/api/work-orders/${await orderIn(c, 'inProgress')}/pause`, () => ({ reason: '等待配件' }), rows(200, { technician: 200 })),
  post('POST /api/work-orders/:id/resume (paused)', async (c) => `/api/work-orders/${await orderIn(c, 'paused')}/resume`, () => ({}), rows(200, { technician: 200 })),
  post('POST /api/work-orders/:id/complete (in progress)', async (c) => `/api/work-orders/${await orderIn(c, 'inProgress')}/complete`, () => ({ note: '已修复' }), rows(200, { technician: 200 })),
  post('POST /api/work-orders/:id/close (completed, no return visit needed)', async (c) => `/api/work-orders/${await orderIn(c, 'completed')}/close`, () => ({}), rows(200, { technician: 403 })),
  post('POST /api/work-orders/:id/reopen (completed)', async (c) => `/api/work-orders/${await orderIn(c, 'completed')}/reopen`, () => ({ reason: '仍未修好' }), rows(200, { technician: 403 })),
  post('POST /api/work-orders/:id/cancel (accepted)', async (c) => `/api/work-orders/${await butlerOrder(c)}/cancel`, () => ({ reason: '业主取消' }), rows(200, {})),
  post('POST /api/work-orders/:id/urge (accepted)', async (c) => `/api/work-orders/${await butlerOrder(c)}/urge`, () => ({ note: '业主来电催促' }), rows(200, {})),
  post('POST /api/work-orders/:id/transfer-accountability (to the manager)', async (c) => `/api/work-orders/${await butlerOrder(c)}/transfer-accountability`, (c) => ({
    userId: c.demo.users.manager,
    reason: '管家休假',
  }), rows(200, { butler: 403 })),
  post('POST /api/work-orders/:id/resolve (a complaint settled on the spot)', async (c) => `/api/work-orders/${await siteComplaint(c)}/resolve`, () => ({ note: '当场致歉并调整' }), rows(200, {})),
  post('POST /api/work-orders/:id/reply-by (moving the promised date)', async (c) => `/api/work-orders/${await siteComplaint(c)}/reply-by`, () => ({
    replyBy: businessDate(Date.now() + 7 * 86_400_000),
    reason: '需营销部确认',
  }), rows(200, {})),
  post('POST /api/work-orders/:id/reply (the promised answer)', async (c) => `/api/work-orders/${await siteComplaint(c)}/reply`, () => ({ note: '已电话答复' }), rows(200, {})),
  // Names only, for the dispatch and transfer pickers: the desk of the project, not its field workers.
  { name: 'GET /api/work-orders/assignees (project 1)', method: 'GET', path: async (c) => `/api/work-orders/assignees?projectId=${p1(c)}`, expect: rows(200, { technician: 403 }) },

  // The owners' H5 side
  post('POST /api/h5/work-orders (a repair for the demo household)', async () => '/api/h5/work-orders', (c) => ({
    projectId: p1(c),
    householdId: c.demo.ownerHouseholdId,
    kind: 'repair',
    title: `矩阵H5 ${c.unique}`,
  }), ownerOnly(201)),
  { name: 'GET /api/h5/work-orders', method: 'GET', path: () => '/api/h5/work-orders', expect: ownerOnly(200) },
  { name: "GET /api/h5/work-orders/:id (the owner's request)", method: 'GET', path: async (c) => `/api/h5/work-orders/${await ownerOrder(c)}`, expect: ownerOnly(200) },
  post("POST /api/h5/work-orders/:id/cancel (the owner's request)", async (c) => `/api/h5/work-orders/${await ownerOrder(c)}/cancel`, () => ({ reason: '不需要了' }), ownerOnly(200)),
  post("POST /api/h5/work-orders/:id/urge (the owner's request)", async (c) => `/api/h5/work-orders/${await ownerOrder(c)}/urge`, () => ({}), ownerOnly(200)),
  // The requester's full phone, through the logged reveal: the desk, and a technician only on an order assigned to them.
  post('POST /api/personal-data/reveal (requester phone, assigned to the technician)', async () => '/api/personal-data/reveal', async (c) => revealBody(await technicianOrder(c)), rows(200, { technician: 200 })),
  post('POST /api/personal-data/reveal (requester phone, in the technician’s department pool)', async () => '/api/personal-data/reveal', async (c) => revealBody(await grabOrder(c)), rows(200, { technician: 403 })),
  post('POST /api/personal-data/reveal (requester phone, the butler’s undispatched order)', async () => '/api/personal-data/reveal', async (c) => revealBody(await butlerOrder(c)), rows(200, {})),
];

const MASKED_PHONE = '138****5678';

/**
 * The requester's phone on the staff detail: masked for every role; the managing roles and the assigned
 * technician may reveal it (POST /api/personal-data/reveal, logged).
 */
export const workOrderMaskingCases: MaskingCase[] = [
  {
    name: 'GET /api/work-orders/:id (assigned to the technician) → requester phone',
    path: async (c) => `/api/work-orders/${await technicianOrder(c)}`,
    pick: (body) => [body.requester.phone, body.requester.phoneRevealable],
    expect: { admin: [MASKED_PHONE, true], regional: [MASKED_PHONE, true], manager: [MASKED_PHONE, true], butler: [MASKED_PHONE, true], technician: [MASKED_PHONE, true] },
  },
];
