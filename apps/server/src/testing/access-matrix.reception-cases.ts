import { businessDate } from '@guanjia/domain';
import type { AccessCase, MaskingCase, MatrixContext } from './access-matrix.cases.js';
import { all, created, p1 } from './access-matrix.fixtures.js';
import { raiseHandoffAlert } from '../modules/reception/raise-handoff-alert.js';

/** Project 1's (or 2's) sales center. */
async function salesCenter(c: MatrixContext, project: 0 | 1 = 0): Promise<string> {
  const row = await c.db.selectFrom('sales_centers').select('id').where('project_id', '=', c.demo.projectIds[project]).executeTakeFirstOrThrow();
  return row.id;
}

/** A walk-in of project 1 the butler checked in for the demo consultant 孙丽 (or another host), with a phone. */
export async function walkIn(c: MatrixContext, consultant = 'sales', type: 'walkIn' | 'vip' = 'walkIn'): Promise<string> {
  return created(
    c.as('butler').post('/api/reception/check-in', {
      type,
      salesCenterId: await salesCenter(c),
      visitorName: `矩阵客户 ${c.unique}`,
      visitorPhone: '13912345678',
      consultantId: c.demo.users[consultant],
      consentRecorded: true,
    }),
  );
}

/** A walk-in already with 孙丽. */
async function receivedVisit(c: MatrixContext): Promise<string> {
  const id = await walkIn(c);
  const res = await c.as('butler').post(`/api/reception/visits/${id}/receive`, {});
  if (res.statusCode !== 200) throw new Error(`fixture not received: ${res.statusCode} ${res.body}`);
  return id;
}

/** An open hand-off alert: 孙丽 did not come out within the minute. */
async function openAlert(c: MatrixContext): Promise<string> {
  const id = await walkIn(c);
  const visit = await c.db.selectFrom('reception_visits').select('notified_at').where('id', '=', id).executeTakeFirstOrThrow();
  const outcome = await raiseHandoffAlert(c.db, { visitId: id, notifiedAt: visit.notified_at! }, new Date(Date.parse(visit.notified_at!) + 61_000));
  if (!outcome.raised) throw new Error('fixture alert not raised');
  return outcome.raised.id;
}

const serviceOf = async (c: MatrixContext, number = 4) =>
  (await c.as('admin').get(`/api/reception/services?projectId=${p1(c)}`)).json().items.find((s: { number: number }) => s.number === number).id as string;

const today = () => businessDate(Date.now());
const tomorrow = () => businessDate(Date.now() + 86_400_000);

/** Readers of the whole sales center (company-wide roles, the desk); butler2 works in project 2. */
const readers = (status = 200) => all(403, { admin: status, regional: status, manager: status, butler: status, butler2: 404 });
/** The reception desk only. */
const desk = (status = 200) => all(403, { manager: status, butler: status, butler2: 404 });

/** 案场接待: board, appointments, check-in, the journey, alerts, roster, settings, reference services. */
export const receptionCases: AccessCase[] = [
  { name: 'GET /api/reception/board (project 1)', method: 'GET', path: async (c) => `/api/reception/board?salesCenterId=${await salesCenter(c)}`, expect: readers() },
  { name: 'GET /api/reception/board (project 2)', method: 'GET', path: async (c) => `/api/reception/board?salesCenterId=${await salesCenter(c, 1)}`, expect: all(403, { admin: 200, regional: 200, manager: 404, butler: 404, butler2: 200 }) },
  {
    name: 'GET /api/reception/appointments (project 1; a consultant sees their own)',
    method: 'GET',
    path: async (c) => `/api/reception/appointments?salesCenterId=${await salesCenter(c)}`,
    expect: { ...readers(), sales: 200 },
  },
  {
    name: 'POST /api/reception/appointments (project 1, with 孙丽)',
    method: 'POST',
    path: () => '/api/reception/appointments',
    body: async (c) => ({ salesCenterId: await salesCenter(c), visitorName: `预约 ${c.unique}`, consultantId: c.demo.users.sales, date: tomorrow(), time: '10:00', consentRecorded: true }),
    expect: { ...desk(201), sales: 201 },
  },
  {
    name: 'POST /api/reception/check-in (a walk-in asking for 孙丽)',
    method: 'POST',
    path: () => '/api/reception/check-in',
    body: async (c) => ({ type: 'walkIn', salesCenterId: await salesCenter(c), visitorName: `到访 ${c.unique}`, consultantId: c.demo.users.sales, consentRecorded: true }),
    expect: desk(201),
  },
  { name: 'GET /api/reception/visits (project 1 history)', method: 'GET', path: async (c) => `/api/reception/visits?salesCenterId=${await salesCenter(c)}`, expect: readers() },
  { name: 'GET /api/reception/visits/:id (孙丽’s visitor)', method: 'GET', path: async (c) => `/api/reception/visits/${await walkIn(c)}`, expect: { ...readers(), sales: 200 } },
  { name: 'GET /api/reception/visits/:id (何静’s visitor)', method: 'GET', path: async (c) => `/api/reception/visits/${await walkIn(c, 'sales2')}`, expect: { ...readers(), sales: 404 } },
  { name: 'POST /api/reception/visits/:id/receive (孙丽’s visitor)', method: 'POST', path: async (c) => `/api/reception/visits/${await walkIn(c)}/receive`, body: () => ({}), expect: { ...desk(), sales: 200 } },
  { name: 'POST /api/reception/visits/:id/receive (何静’s visitor)', method: 'POST', path: async (c) => `/api/reception/visits/${await walkIn(c, 'sales2')}/receive`, body: () => ({}), expect: { ...desk(), sales: 404 } },
  {
    name: 'POST /api/reception/visits/:id/reassign (only the sales manager)',
    method: 'POST',
    path: async (c) => `/api/reception/visits/${await walkIn(c)}/reassign`,
    body: (c) => ({ consultantId: c.demo.users.sales2, reason: '矩阵' }),
    expect: all(403),
  },
  {
    name: 'POST /api/reception/visits/:id/steps (孙丽’s visitor, business card)',
    method: 'POST',
    path: async (c) => `/api/reception/visits/${await walkIn(c)}/steps`,
    body: () => ({ step: 'businessCard' }),
    expect: { ...desk(), sales: 200 },
  },
  {
    name: 'POST /api/reception/visits/:id/farewell (a received visitor)',
    method: 'POST',
    path: async (c) => `/api/reception/visits/${await receivedVisit(c)}/farewell`,
    body: () => ({ closingQuestionAsked: true }),
    expect: desk(),
  },
  { name: 'POST /api/reception/visits/:id/cancel (a waiting visitor)', method: 'POST', path: async (c) => `/api/reception/visits/${await walkIn(c)}/cancel`, body: () => ({ reason: '客户离开' }), expect: desk() },
  {
    name: 'PUT /api/reception/visits/:id/vip-checklist (a VIP visit)',
    method: 'PUT',
    path: async (c) => `/api/reception/visits/${await walkIn(c, 'sales', 'vip')}/vip-checklist`,
    body: () => ({ items: { lightsOn: true }, greeterName: '刘芳' }),
    expect: desk(),
  },
  { name: 'GET /api/reception/my-visits (a consultant’s own day)', method: 'GET', path: () => '/api/reception/my-visits', expect: all(403, { sales: 200 }) },
  { name: 'POST /api/reception/alerts/:id/handle (an open alert of project 1)', method: 'POST', path: async (c) => `/api/reception/alerts/${await openAlert(c)}/handle`, body: () => ({ how: 'engaged' }), expect: desk() },
  { name: 'GET /api/reception/settings (project 1)', method: 'GET', path: async (c) => `/api/reception/settings?salesCenterId=${await salesCenter(c)}`, expect: readers() },
  {
    name: 'PUT /api/reception/settings (project 1)',
    method: 'PUT',
    path: () => '/api/reception/settings',
    body: async (c) => ({ salesCenterId: await salesCenter(c), alertThresholdSeconds: 60 }),
    expect: all(403, { admin: 200, manager: 200 }),
  },
  { name: 'GET /api/reception/roster (project 1, today)', method: 'GET', path: async (c) => `/api/reception/roster?salesCenterId=${await salesCenter(c)}&date=${today()}`, expect: readers() },
  {
    name: 'PUT /api/reception/roster (project 1, tomorrow)',
    method: 'PUT',
    path: () => '/api/reception/roster',
    body: async (c) => ({ salesCenterId: await salesCenter(c), date: tomorrow(), entries: [{ consultantId: c.demo.users.sales, onDuty: true }] }),
    expect: desk(),
  },
  { name: 'GET /api/reception/hosts (project 1)', method: 'GET', path: (c) => `/api/reception/hosts?projectId=${p1(c)}`, expect: { ...readers(), sales: 200 } },
  { name: 'GET /api/reception/services (project 1)', method: 'GET', path: (c) => `/api/reception/services?projectId=${p1(c)}`, expect: readers() },
  {
    name: 'POST /api/reception/services (project 1)',
    method: 'POST',
    path: () => '/api/reception/services',
    body: (c) => ({ projectId: p1(c), name: `服务 ${c.unique}` }),
    expect: all(403, { admin: 201, manager: 201 }),
  },
  {
    name: 'PATCH /api/reception/services/:id (project 1, item 20)',
    method: 'PATCH',
    path: async (c) => `/api/reception/services/${await serviceOf(c, 20)}`,
    body: () => ({ enabled: true }),
    expect: all(403, { admin: 200, manager: 200 }),
  },
  {
    name: 'POST /api/reception/service-records (project 1, standalone)',
    method: 'POST',
    path: () => '/api/reception/service-records',
    body: async (c) => ({ salesCenterId: await salesCenter(c), serviceId: await serviceOf(c) }),
    expect: desk(201),
  },
  { name: 'GET /api/reception/service-records (project 1, today)', method: 'GET', path: async (c) => `/api/reception/service-records?salesCenterId=${await salesCenter(c)}`, expect: readers() },
];

export const receptionMaskingCases: MaskingCase[] = [
  {
    name: 'GET /api/reception/visits/:id → the visitor’s phone (masked for all; the full number only through a logged reveal)',
    path: async (c) => `/api/reception/visits/${await walkIn(c)}`,
    pick: (b) => b.visitorPhone,
    expect: { admin: '139****5678', regional: '139****5678', manager: '139****5678', butler: '139****5678', sales: '139****5678' },
  },
  {
    name: 'GET /api/reception/visits/:id → who may reveal the visitor’s phone (the desk and the visitor’s own consultant)',
    path: async (c) => `/api/reception/visits/${await walkIn(c)}`,
    pick: (b) => b.visitorPhoneRevealable,
    expect: { admin: false, regional: false, manager: true, butler: true, sales: true },
  },
  {
    name: 'GET /api/reception/board → a visitor’s phone on the board (masked for all)',
    path: async (c) => {
      await walkIn(c, 'sales2');
      return `/api/reception/board?salesCenterId=${await salesCenter(c)}`;
    },
    pick: (b) => b.onSite.find((v: { visitorPhone: string | null }) => v.visitorPhone !== null)?.visitorPhone ?? null,
    expect: { admin: '139****5678', regional: '139****5678', manager: '139****5678', butler: '139****5678' },
  },
];
