import type { AccessCase, MatrixContext } from './access-matrix.cases.js';
import { all, created, p1 } from './access-matrix.fixtures.js';

/** Both teams of project 1 read; another project's butler is told "not found"; the rest may never. */
const members = (status: number) => all(403, { admin: status, regional: status, manager: status, butler: status, sales: status, marketing: status, butler2: 404 });
/** The property side of project 1 (the owner-service roles). */
const propertySide = (status: number) => all(403, { admin: status, regional: status, manager: status, butler: status, butler2: 404 });
/** Joint-meeting organisers: admins, the service center's manager and butlers, the marketing lead (and sales manager). */
const organisers = (status: number) => all(403, { admin: status, manager: status, butler: status, marketing: status, butler2: 404 });
/** The two managers edit the split of duties; of the matrix accounts only the service-center manager. */
const dutyEditors = (status: number) => all(403, { manager: status });

const FAR = '2099-01-04';
const item = (c: MatrixContext, who: 'butler' | 'marketing', kind: string) =>
  created(c.as(who).post('/api/sales-channel/items', { projectId: p1(c), kind, title: `矩阵信息 ${c.unique}`, body: '内容' }));
const duty = (c: MatrixContext) =>
  created(c.as('manager').post('/api/sales-channel/duties', { projectId: p1(c), area: 'environment', assignedTo: 'joint', title: `矩阵职责 ${c.unique}`, description: '说明' }));
const suggestionToProperty = (c: MatrixContext) =>
  created(c.as('marketing').post('/api/sales-channel/suggestions', { projectId: p1(c), category: 'environment', title: `矩阵建议 ${c.unique}`, content: '内容', dueDate: FAR }));
const meeting = (c: MatrixContext) =>
  created(c.as('manager').post('/api/sales-channel/meetings', { projectId: p1(c), meetingDate: FAR, title: `矩阵会议 ${c.unique}`, attendeeIds: [c.demo.users.manager, c.demo.users.marketing] }));
async function actionItem(c: MatrixContext): Promise<string> {
  const id = await meeting(c);
  const res = await c.as('manager').post(`/api/sales-channel/meetings/${id}/action-items`, { description: `矩阵待办 ${c.unique}`, ownerId: c.demo.users.butler, dueDate: FAR });
  if (res.statusCode !== 201) throw new Error(`fixture not created: ${res.statusCode} ${res.body}`);
  return (res.json() as { actionItems: { id: string }[] }).actionItems[0]!.id;
}
const first = async (c: MatrixContext, table: 'sales_channel_items' | 'sales_channel_duties' | 'sales_channel_suggestions' | 'sales_channel_meetings') =>
  (await c.db.selectFrom(table).select('id').where('project_id', '=', p1(c)).orderBy('id').executeTakeFirstOrThrow()).id;

/** 物业管理配合销售: the feed, the split of duties, suggestions both ways and joint meetings. */
export const salesChannelCases: AccessCase[] = [
  ...(['items', 'duties', 'people', 'suggestions', 'meetings', 'action-items', 'cadence'] as const).map(
    (list): AccessCase => ({ name: `GET /api/sales-channel/${list}?projectId= (project 1)`, method: 'GET', path: (c) => `/api/sales-channel/${list}?projectId=${p1(c)}`, expect: members(200) }),
  ),
  ...(
    [
      ['items', 'sales_channel_items'],
      ['duties', 'sales_channel_duties'],
      ['suggestions', 'sales_channel_suggestions'],
      ['meetings', 'sales_channel_meetings'],
    ] as const
  ).map((
    [path, table],
  ): AccessCase => ({ name: `GET /api/sales-channel/${path}/:id (demo, project 1)`, method: 'GET', path: async (c) => `/api/sales-channel/${path}/${await first(c, table)}`, expect: members(200) })),
  {
    name: 'POST /api/sales-channel/items (operations status: the property side’s kind)',
    method: 'POST',
    path: () => '/api/sales-channel/items',
    body: (c) => ({ projectId: p1(c), kind: 'operationsStatus', title: `矩阵运营 ${c.unique}`, body: '内容' }),
    expect: propertySide(201),
  },
  {
    name: 'PATCH /api/sales-channel/items/:id (the butler’s operations status)',
    method: 'PATCH',
    path: async (c) => `/api/sales-channel/items/${await item(c, 'butler', 'operationsStatus')}`,
    body: (c) => ({ title: `改 ${c.unique}` }),
    expect: propertySide(200),
  },
  {
    name: 'POST /api/sales-channel/items/:id/acknowledge (a service commitment of the sales side)',
    method: 'POST',
    path: async (c) => `/api/sales-channel/items/${await item(c, 'marketing', 'serviceCommitment')}/acknowledge`,
    body: () => ({}),
    expect: propertySide(200),
  },
  {
    name: 'POST /api/sales-channel/duties (project 1)',
    method: 'POST',
    path: () => '/api/sales-channel/duties',
    body: (c) => ({ projectId: p1(c), area: 'serviceQuality', assignedTo: 'property', title: `矩阵职责 ${c.unique}`, description: '说明' }),
    expect: dutyEditors(201),
  },
  { name: 'POST /api/sales-channel/duties/seed (project 1 already has its duties)', method: 'POST', path: () => '/api/sales-channel/duties/seed', body: (c) => ({ projectId: p1(c) }), expect: dutyEditors(422) },
  { name: 'PATCH /api/sales-channel/duties/:id', method: 'PATCH', path: async (c) => `/api/sales-channel/duties/${await duty(c)}`, body: (c) => ({ title: `改 ${c.unique}` }), expect: dutyEditors(200) },
  { name: 'POST /api/sales-channel/duties/:id/remove', method: 'POST', path: async (c) => `/api/sales-channel/duties/${await duty(c)}/remove`, body: () => ({ reason: '合并' }), expect: dutyEditors(200) },
  {
    name: 'POST /api/sales-channel/suggestions (project 1)',
    method: 'POST',
    path: () => '/api/sales-channel/suggestions',
    body: (c) => ({ projectId: p1(c), category: 'other', title: `矩阵建议 ${c.unique}`, content: '内容', dueDate: FAR }),
    expect: members(201),
  },
  {
    name: 'POST /api/sales-channel/suggestions/:id/answer (raised by the sales side)',
    method: 'POST',
    path: async (c) => `/api/sales-channel/suggestions/${await suggestionToProperty(c)}/answer`,
    body: () => ({ answerText: '已安排' }),
    expect: propertySide(200),
  },
  {
    name: 'POST /api/sales-channel/meetings (project 1)',
    method: 'POST',
    path: () => '/api/sales-channel/meetings',
    body: (c) => ({ projectId: p1(c), meetingDate: FAR, title: `矩阵会议 ${c.unique}`, attendeeIds: [c.demo.users.manager, c.demo.users.marketing] }),
    expect: organisers(201),
  },
  { name: 'PATCH /api/sales-channel/meetings/:id (scheduled)', method: 'PATCH', path: async (c) => `/api/sales-channel/meetings/${await meeting(c)}`, body: () => ({ minutes: '纪要' }), expect: organisers(200) },
  { name: 'POST /api/sales-channel/meetings/:id/cancel (scheduled)', method: 'POST', path: async (c) => `/api/sales-channel/meetings/${await meeting(c)}/cancel`, body: () => ({ reason: '改期' }), expect: organisers(200) },
  {
    name: 'POST /api/sales-channel/meetings/:id/action-items (scheduled)',
    method: 'POST',
    path: async (c) => `/api/sales-channel/meetings/${await meeting(c)}/action-items`,
    body: (c) => ({ description: '待办', ownerId: c.demo.users.butler, dueDate: FAR }),
    expect: organisers(201),
  },
  { name: 'PATCH /api/sales-channel/action-items/:id', method: 'PATCH', path: async (c) => `/api/sales-channel/action-items/${await actionItem(c)}`, body: () => ({ description: '改' }), expect: organisers(200) },
  {
    name: 'POST /api/sales-channel/action-items/:id/complete (owned by the butler)',
    method: 'POST',
    path: async (c) => `/api/sales-channel/action-items/${await actionItem(c)}/complete`,
    body: () => ({ note: '已完成' }),
    expect: organisers(200),
  },
  { name: 'PUT /api/sales-channel/cadence (project 1)', method: 'PUT', path: () => '/api/sales-channel/cadence', body: (c) => ({ projectId: p1(c), everyDays: 14, startsOn: '2026-02-16' }), expect: organisers(200) },
];
