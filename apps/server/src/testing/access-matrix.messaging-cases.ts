import type { AccessCase, MatrixContext } from './access-matrix.cases.js';
import { all, created, p1 } from './access-matrix.fixtures.js';

/** Readers: the property side who serve owners; butler2 works in project 2 and finds nothing of project 1. */
const readers = (status: number, more: Parameters<typeof all>[1] = {}) => all(403, { admin: status, regional: status, manager: status, butler: status, butler2: 404, ...more });
/** Senders: company admin, service-center manager, butler. */
const senders = (status: number) => all(403, { admin: status, manager: status, butler: status, butler2: 404 });
const admins = (status: number) => all(403, { admin: status, manager: status });

const demoOwner = async (c: MatrixContext) =>
  (await c.db.selectFrom('household_members').select('owner_id').where('household_id', '=', c.demo.ownerHouseholdId).executeTakeFirstOrThrow()).owner_id;
const demoMessage = async (c: MatrixContext) =>
  (await c.db.selectFrom('messages').select('id').where('project_id', '=', p1(c)).where('idempotency_key', '=', 'demo:weather').executeTakeFirstOrThrow()).id;
/** A fresh relay to the demo owner, marked failed so it may be sent again. */
async function failedMessage(c: MatrixContext): Promise<string> {
  const id = await created(c.as('admin').post('/api/messaging/messages', { projectId: p1(c), ownerId: await demoOwner(c), topic: 'communityNews', text: `停水通知 ${c.unique}` }));
  await c.db.updateTable('messages').set({ status: 'failed', last_error: 'smsNotConfigured' }).where('id', '=', id).execute();
  return id;
}
const broadcast = (c: MatrixContext) => ({ projectId: p1(c), topic: 'communityNews', channel: 'inApp', text: `社区活动 ${c.unique}`, idempotencyKey: `matrix-${c.unique}` });
/** A fresh broadcast whose expansion gave up. */
async function failedBroadcast(c: MatrixContext): Promise<string> {
  const id = await created(c.as('admin').post('/api/messaging/broadcasts', broadcast(c)));
  await c.db.updateTable('broadcasts').set({ status: 'failed', failure: 'matrix' }).where('id', '=', id).execute();
  return id;
}

export const messagingCases: AccessCase[] = [
  { name: 'GET /api/messaging/messages?projectId= (project 1)', method: 'GET', path: (c) => `/api/messaging/messages?projectId=${p1(c)}`, expect: readers(200) },
  { name: 'GET /api/messaging/messages/:id (demo SMS)', method: 'GET', path: async (c) => `/api/messaging/messages/${await demoMessage(c)}`, expect: readers(200) },
  {
    name: 'POST /api/messaging/messages (relay to the demo owner)',
    method: 'POST',
    path: () => '/api/messaging/messages',
    body: async (c) => ({ projectId: p1(c), ownerId: await demoOwner(c), topic: 'messageRelay', text: `访客留言 ${c.unique}` }),
    expect: senders(201),
  },
  { name: 'POST /api/messaging/messages/:id/resend (a failed message)', method: 'POST', path: async (c) => `/api/messaging/messages/${await failedMessage(c)}/resend`, expect: senders(200) },
  { name: 'GET /api/messaging/audience (project 1, weather SMS)', method: 'GET', path: (c) => `/api/messaging/audience?projectId=${p1(c)}&topic=weather&channel=sms`, expect: senders(200) },
  { name: 'POST /api/messaging/broadcasts (project 1, in-app news)', method: 'POST', path: () => '/api/messaging/broadcasts', body: broadcast, expect: senders(201) },
  { name: 'GET /api/messaging/broadcasts?projectId= (project 1)', method: 'GET', path: (c) => `/api/messaging/broadcasts?projectId=${p1(c)}`, expect: readers(200) },
  { name: 'POST /api/messaging/broadcasts/:id/retry (a failed project-1 broadcast)', method: 'POST', path: async (c) => `/api/messaging/broadcasts/${await failedBroadcast(c)}/retry`, expect: senders(200) },
  { name: 'GET /api/messaging/broadcasts/:id (project 1)', method: 'GET', path: async (c) => `/api/messaging/broadcasts/${await created(c.as('admin').post('/api/messaging/broadcasts', broadcast(c)))}`, expect: readers(200) },
  { name: 'GET /api/messaging/templates (company-wide)', method: 'GET', path: () => '/api/messaging/templates', expect: readers(200, { butler2: 200 }) },
  {
    name: 'PUT /api/messaging/templates/lifeInfo',
    method: 'PUT',
    path: () => '/api/messaging/templates/lifeInfo',
    body: (c) => ({ title: '生活信息', text: `【生活信息】\${content} ${c.unique}` }),
    expect: admins(200),
  },
  { name: 'GET /api/messaging/channels (company-wide)', method: 'GET', path: () => '/api/messaging/channels', expect: readers(200, { butler2: 200 }) },
  { name: 'GET /api/messaging/settings?projectId= (project 1)', method: 'GET', path: (c) => `/api/messaging/settings?projectId=${p1(c)}`, expect: readers(200) },
  { name: 'PUT /api/messaging/settings (project 1 quiet hours)', method: 'PUT', path: () => '/api/messaging/settings', body: (c) => ({ projectId: p1(c), quietStart: '21:00', quietEnd: '08:00' }), expect: admins(200) },
  { name: 'GET /api/messaging/owners/:ownerId/preferences (demo owner)', method: 'GET', path: async (c) => `/api/messaging/owners/${await demoOwner(c)}/preferences`, expect: readers(200) },
  { name: 'PUT /api/messaging/owners/:ownerId/preferences (demo owner)', method: 'PUT', path: async (c) => `/api/messaging/owners/${await demoOwner(c)}/preferences`, body: () => ({ optOuts: [] }), expect: senders(200) },
  { name: 'GET /api/messaging/my-preferences', method: 'GET', path: () => '/api/messaging/my-preferences', expect: all(403, { owner: 200 }) },
  { name: 'PUT /api/messaging/my-preferences', method: 'PUT', path: () => '/api/messaging/my-preferences', body: () => ({ optOuts: [] }), expect: all(403, { owner: 200 }) },
];
