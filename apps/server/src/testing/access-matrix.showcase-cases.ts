import { newRowStamp } from '../platform/db/transaction.js';
import { uuidv7 } from '@guanjia/domain';
import type { AccessCase, MatrixContext } from './access-matrix.cases.js';
import { all, p1, projectFile } from './access-matrix.fixtures.js';

/** Readers of project 1: butler2 holds a reader role in project 2 only, so project 1's rows are not found. */
const readers = (status: number) => all(403, { admin: status, regional: status, manager: status, butler: status, marketing: status, butler2: 404 });
const editors = (status: number) => all(403, { manager: status, butler: status, butler2: 404 });
const managers = (status: number) => all(403, { admin: status, regional: status, manager: status });

/** A new sales center of project 1: each has at most one showcase. */
async function newCenter(c: MatrixContext): Promise<string> {
  const id = uuidv7();
  await c.db
    .insertInto('sales_centers')
    .values({ id, company_id: c.demo.companyId, project_id: p1(c), name: `矩阵销售中心 ${c.unique}`, address: null, phone: null, open_time: null, close_time: null, ...newRowStamp() })
    .execute();
  return id;
}

/** A draft showcase of a new project-1 sales center, by the butler. */
async function draftShowcase(c: MatrixContext): Promise<string> {
  const res = await c.as('butler').post('/api/showcase/showcases', { salesCenterId: await newCenter(c) });
  if (res.statusCode !== 201) throw new Error(`fixture not created: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

/** The explainer each row's path created, for its body. */
const explainerOf = new WeakMap<MatrixContext, string>();

/** A draft showcase with an untrained explainer (the technician) on its roster. */
async function untrainedExplainer(c: MatrixContext): Promise<{ id: string; explainerId: string }> {
  const id = await draftShowcase(c);
  const res = await c.as('manager').post(`/api/showcase/showcases/${id}/explainers`, { userId: c.demo.users.technician });
  if (res.statusCode !== 201) throw new Error(`fixture not created: ${res.statusCode} ${res.body}`);
  return { id, explainerId: res.json().explainers[0].id };
}

const demoShowcase = (c: MatrixContext) => c.db.selectFrom('brand_showcases').selectAll().where('project_id', '=', p1(c)).orderBy('created_at').executeTakeFirstOrThrow();
const demoItem = async (c: MatrixContext, kind: 'notice' | 'brochure') =>
  (await c.db.selectFrom('publicity_items').select('id').where('project_id', '=', p1(c)).where('kind', '=', kind).where('status', '=', 'published').orderBy('created_at').executeTakeFirstOrThrow()).id;
async function draftItem(c: MatrixContext): Promise<string> {
  const res = await c.as('butler').post('/api/showcase/publicity', { projectId: p1(c), kind: 'notice', topic: 'law', title: `矩阵公告 ${c.unique}`, body: '正文' });
  if (res.statusCode !== 201) throw new Error(`fixture not created: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

/** 物业形象展示区: the service center drafts and runs it; the regional head approves; visitors read by code only. */
export const showcaseCases: AccessCase[] = [
  { name: 'GET /api/showcase/showcases?projectId= (project 1)', method: 'GET', path: (c) => `/api/showcase/showcases?projectId=${p1(c)}`, expect: readers(200) },
  { name: 'GET /api/showcase/showcases/:id (project-1 demo showcase)', method: 'GET', path: async (c) => `/api/showcase/showcases/${(await demoShowcase(c)).id}`, expect: readers(200) },
  { name: 'POST /api/showcase/showcases (new project-1 sales center)', method: 'POST', path: () => '/api/showcase/showcases', body: async (c) => ({ salesCenterId: await newCenter(c) }), expect: editors(201) },
  { name: 'PATCH /api/showcase/showcases/:id (project-1 draft)', method: 'PATCH', path: async (c) => `/api/showcase/showcases/${await draftShowcase(c)}`, body: () => ({ location: '一层东侧', areaM2: 20 }), expect: editors(200) },
  { name: 'POST /api/showcase/showcases/:id/submit (incomplete draft)', method: 'POST', path: async (c) => `/api/showcase/showcases/${await draftShowcase(c)}/submit`, body: () => ({}), expect: editors(422) },
  { name: 'POST /api/showcase/showcases/:id/public-code (project-1 draft)', method: 'POST', path: async (c) => `/api/showcase/showcases/${await draftShowcase(c)}/public-code`, expect: managers(200) },
  {
    name: 'POST /api/showcase/showcases/:id/explainers (technician of project 1)',
    method: 'POST',
    path: async (c) => `/api/showcase/showcases/${await draftShowcase(c)}/explainers`,
    body: (c) => ({ userId: c.demo.users.technician }),
    expect: managers(201),
  },
  {
    name: 'PATCH /api/showcase/showcases/:id/explainers/:explainerId (record training)',
    method: 'PATCH',
    path: async (c) => {
      const { id, explainerId } = await untrainedExplainer(c);
      return `/api/showcase/showcases/${id}/explainers/${explainerId}`;
    },
    body: () => ({ trainedOn: '2026-01-05', trainer: '王老师' }),
    expect: managers(200),
  },
  {
    name: 'POST /api/showcase/showcases/:id/duties (untrained explainer)',
    method: 'POST',
    path: async (c) => {
      const { id, explainerId } = await untrainedExplainer(c);
      explainerOf.set(c, explainerId);
      return `/api/showcase/showcases/${id}/duties`;
    },
    body: (c) => ({ explainerId: explainerOf.get(c), dutyDate: '2026-01-06', shift: 'morning' }),
    expect: editors(422),
  },
  {
    name: 'POST /api/showcase/showcases/:id/instructions (project-1 file)',
    method: 'POST',
    path: async (c) => `/api/showcase/showcases/${await draftShowcase(c)}/instructions`,
    body: async (c) => ({ fileId: await projectFile(c, 'admin') }),
    expect: managers(201),
  },
  { name: 'GET /api/showcase/publicity?projectId= (project 1)', method: 'GET', path: (c) => `/api/showcase/publicity?projectId=${p1(c)}`, expect: readers(200) },
  {
    name: 'POST /api/showcase/publicity (project-1 notice)',
    method: 'POST',
    path: () => '/api/showcase/publicity',
    body: (c) => ({ projectId: p1(c), kind: 'notice', topic: 'company', title: `矩阵 ${c.unique}`, body: '正文' }),
    expect: editors(201),
  },
  { name: 'PATCH /api/showcase/publicity/:id (project-1 draft)', method: 'PATCH', path: async (c) => `/api/showcase/publicity/${await draftItem(c)}`, body: () => ({ summary: '摘要' }), expect: editors(200) },
  { name: 'POST /api/showcase/publicity/:id/publish (project-1 draft)', method: 'POST', path: async (c) => `/api/showcase/publicity/${await draftItem(c)}/publish`, body: () => ({}), expect: editors(200) },
  {
    name: 'POST /api/showcase/publicity/:id/handouts (project-1 brochure)',
    method: 'POST',
    path: async (c) => `/api/showcase/publicity/${await demoItem(c, 'brochure')}/handouts`,
    body: async (c) => ({ salesCenterId: (await demoShowcase(c)).sales_center_id, quantity: 5 }),
    expect: editors(201),
  },
  {
    name: 'POST /api/showcase/publicity/:id/plays (project-1 notice)',
    method: 'POST',
    path: async (c) => `/api/showcase/publicity/${await demoItem(c, 'notice')}/plays`,
    body: async (c) => ({ salesCenterId: (await demoShowcase(c)).sales_center_id }),
    expect: readers(201),
  },
  { name: 'GET /api/showcase/screen?salesCenterId= (project 1)', method: 'GET', path: async (c) => `/api/showcase/screen?salesCenterId=${(await demoShowcase(c)).sales_center_id}`, expect: readers(200) },
  { name: 'GET /api/showcase/stats?projectId= (project 1)', method: 'GET', path: (c) => `/api/showcase/stats?projectId=${p1(c)}&from=2026-01-01&to=2026-12-31`, expect: readers(200) },
  { name: 'GET /api/public/showcase/:code (project-1 code)', method: 'GET', path: async (c) => `/api/public/showcase/${(await demoShowcase(c)).public_code}`, expect: all(200, { anonymous: 200 }) },
  { name: 'GET /api/public/showcase/:code (wrong code)', method: 'GET', path: () => `/api/public/showcase/${'A'.repeat(24)}`, expect: all(404, { anonymous: 404 }) },
  {
    name: 'POST /api/public/showcase/:code/items/:itemId/views (published notice)',
    method: 'POST',
    path: async (c) => `/api/public/showcase/${(await demoShowcase(c)).public_code}/items/${await demoItem(c, 'notice')}/views`,
    expect: all(201, { anonymous: 201 }),
  },
  {
    name: 'GET /api/public/showcase/:code/files/:fileId (a project file on no published item)',
    method: 'GET',
    path: async (c) => `/api/public/showcase/${(await demoShowcase(c)).public_code}/files/${await projectFile(c, 'admin')}`,
    expect: all(404, { anonymous: 404 }),
  },
];
