import type { AccessCase, MatrixContext } from './access-matrix.cases.js';
import { all, created, p1 } from './access-matrix.fixtures.js';

/** Readers: the property side who serve owners (and the front desk); butler2 works in project 2 and finds nothing of project 1. */
const readers = (status: number) => all(403, { admin: status, regional: status, manager: status, butler: status, butler2: 404 });
/** Writers: company admin, service-center manager, butler (and the front desk). */
const writers = (status: number) => all(403, { admin: status, manager: status, butler: status, butler2: 404 });
const greetingAdmins = (status: number) => all(403, { admin: status, manager: status });
const ownerOnly = (status: number) => all(403, { owner: status });

const demoOwner = async (c: MatrixContext) =>
  (await c.db.selectFrom('household_members').select('owner_id').where('household_id', '=', c.demo.ownerHouseholdId).executeTakeFirstOrThrow()).owner_id;
const wakeUp = async (c: MatrixContext) => ({ projectId: p1(c), householdId: c.demo.ownerHouseholdId, ownerId: await demoOwner(c), time: '06:30', repeat: 'daily', channel: 'sms', note: `矩阵 ${c.unique}` });
const relay = (c: MatrixContext) => ({ projectId: p1(c), householdId: c.demo.ownerHouseholdId, fromName: '访客', text: `留言 ${c.unique}` });
const adminWakeUp = async (c: MatrixContext) => created(c.as('admin').post('/api/life-secretary/wake-up-calls', await wakeUp(c)));
const adminRelay = (c: MatrixContext) => created(c.as('admin').post('/api/life-secretary/relays', relay(c)));
const settings = (c: MatrixContext) => ({
  projectId: p1(c),
  greetingsEnabled: true,
  festivals: ['springFestival', 'midAutumn'],
  birthdaysEnabled: true,
  festivalText: '${name}您好，${festival}快乐！',
  birthdayText: '${name}您好，祝${member}生日快乐！',
  channel: 'sms',
  relayReminderHours: 4,
});

/** 生活秘书服务: wake-up calls, relayed messages, greetings; staff pages and the owner's phone pages. */
export const lifeSecretaryCases: AccessCase[] = [
  { name: 'GET /api/life-secretary/wake-up-calls?projectId= (project 1)', method: 'GET', path: (c) => `/api/life-secretary/wake-up-calls?projectId=${p1(c)}`, expect: readers(200) },
  { name: 'POST /api/life-secretary/wake-up-calls (demo household)', method: 'POST', path: () => '/api/life-secretary/wake-up-calls', body: wakeUp, expect: writers(201) },
  { name: 'POST /api/life-secretary/wake-up-calls/:id/cancel (project 1)', method: 'POST', path: async (c) => `/api/life-secretary/wake-up-calls/${await adminWakeUp(c)}/cancel`, expect: writers(200) },
  { name: 'GET /api/life-secretary/relays?projectId= (project 1)', method: 'GET', path: (c) => `/api/life-secretary/relays?projectId=${p1(c)}`, expect: readers(200) },
  { name: 'POST /api/life-secretary/relays (demo household)', method: 'POST', path: () => '/api/life-secretary/relays', body: relay, expect: writers(201) },
  { name: 'POST /api/life-secretary/relays/:id/confirm (by call, project 1)', method: 'POST', path: async (c) => `/api/life-secretary/relays/${await adminRelay(c)}/confirm`, body: () => ({}), expect: writers(200) },
  { name: 'POST /api/life-secretary/relays/:id/cancel (project 1)', method: 'POST', path: async (c) => `/api/life-secretary/relays/${await adminRelay(c)}/cancel`, body: () => ({}), expect: writers(200) },
  { name: 'GET /api/life-secretary/settings?projectId= (project 1)', method: 'GET', path: (c) => `/api/life-secretary/settings?projectId=${p1(c)}`, expect: readers(200) },
  { name: 'PUT /api/life-secretary/settings (project 1)', method: 'PUT', path: () => '/api/life-secretary/settings', body: settings, expect: greetingAdmins(200) },
  { name: 'GET /api/life-secretary/greetings/preview?projectId= (project 1)', method: 'GET', path: (c) => `/api/life-secretary/greetings/preview?projectId=${p1(c)}`, expect: readers(200) },
  { name: 'GET /api/life-secretary/greetings/sent?projectId= (project 1)', method: 'GET', path: (c) => `/api/life-secretary/greetings/sent?projectId=${p1(c)}`, expect: readers(200) },
  { name: 'GET /api/h5/life-secretary/wake-up-calls (mine)', method: 'GET', path: () => '/api/h5/life-secretary/wake-up-calls', expect: ownerOnly(200) },
  { name: 'POST /api/h5/life-secretary/wake-up-calls (mine)', method: 'POST', path: () => '/api/h5/life-secretary/wake-up-calls', body: () => ({ time: '07:00', repeat: 'daily', channel: 'inApp' }), expect: ownerOnly(201) },
  {
    name: 'POST /api/h5/life-secretary/wake-up-calls/:id/cancel (the owner’s own)',
    method: 'POST',
    path: async (c) => `/api/h5/life-secretary/wake-up-calls/${await created(c.as('owner').post('/api/h5/life-secretary/wake-up-calls', { time: '07:00', repeat: 'daily', channel: 'inApp' }))}/cancel`,
    expect: ownerOnly(200),
  },
  { name: 'GET /api/h5/life-secretary/relays (mine)', method: 'GET', path: () => '/api/h5/life-secretary/relays', expect: ownerOnly(200) },
  { name: 'POST /api/h5/life-secretary/relays/:id/confirm (left for the owner)', method: 'POST', path: async (c) => `/api/h5/life-secretary/relays/${await adminRelay(c)}/confirm`, body: () => ({}), expect: ownerOnly(200) },
];
