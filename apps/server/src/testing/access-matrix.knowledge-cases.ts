import type { AccessCase, MatrixContext } from './access-matrix.cases.js';
import { all, p1, p2 } from './access-matrix.fixtures.js';

/** An entry of project 1 with its first draft, made by the butler; returns the entry and version ids. */
async function draftEntry(c: MatrixContext, bank: 'sales' | 'service' = 'service'): Promise<{ entryId: string; versionId: string; entryVersion: number }> {
  const res = await c
    .as('butler')
    .post('/api/knowledge/entries', { projectId: p1(c), bank, category: bank === 'sales' ? 'pricing' : 'services', question: `矩阵问题 ${c.unique}`, answer: `矩阵答案 ${c.unique}` });
  if (res.statusCode !== 201) throw new Error(`fixture not created: ${res.statusCode} ${res.body}`);
  const entry = res.json() as { id: string; version: number; versions: { id: string }[] };
  return { entryId: entry.id, versionId: entry.versions[0].id, entryVersion: entry.version };
}

/** A published entry of project 1: a service answer published by the manager, or sales wording approved by the marketing lead. */
async function publishedEntry(c: MatrixContext, bank: 'sales' | 'service'): Promise<{ entryId: string; entryVersion: number }> {
  const { entryId, versionId, entryVersion } = await draftEntry(c, bank);
  if (bank === 'service') {
    const res = await c.as('manager').post(`/api/knowledge/versions/${versionId}/publish`, { entryVersion });
    if (res.statusCode !== 200) throw new Error(`fixture not published: ${res.statusCode} ${res.body}`);
    return { entryId, entryVersion: res.json().version };
  }
  const submitted = await c.as('butler').post(`/api/knowledge/versions/${versionId}/submit`, {});
  const requestId = submitted.json().versions[0].approvalRequestId as string;
  const approved = await c.as('marketing').post(`/api/approvals/${requestId}/approve`, {});
  if (approved.statusCode !== 200) throw new Error(`fixture not approved: ${approved.statusCode} ${approved.body}`);
  const entry = await c.as('admin').get(`/api/knowledge/entries/${entryId}`);
  return { entryId, entryVersion: entry.json().version };
}

/** A question logged at project 1's desk with no answer from the bank. */
async function unansweredQuestion(c: MatrixContext): Promise<string> {
  const res = await c.as('butler').post('/api/knowledge/desk-log', { projectId: p1(c), question: `矩阵未答问题 ${c.unique}` });
  if (res.statusCode !== 201) throw new Error(`fixture not logged: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

// Cached per row so the body sees the fixture the path made.
const fixtures = new WeakMap<MatrixContext, { entryVersion: number }>();

/** 应知应会 and the consultation desk. */
export const knowledgeCases: AccessCase[] = [
  {
    name: 'GET /api/knowledge/entries?projectId= (project 1)',
    method: 'GET',
    path: (c) => `/api/knowledge/entries?projectId=${p1(c)}`,
    expect: all(403, { admin: 200, regional: 200, manager: 200, butler: 200, marketing: 200, butler2: 404 }),
  },
  {
    name: 'GET /api/knowledge/entries?projectId= (project 2)',
    method: 'GET',
    path: (c) => `/api/knowledge/entries?projectId=${p2(c)}`,
    expect: all(403, { admin: 200, regional: 200, butler2: 200, manager: 404, butler: 404, marketing: 404 }),
  },
  {
    name: 'POST /api/knowledge/entries (project 1)',
    method: 'POST',
    path: () => '/api/knowledge/entries',
    body: (c) => ({ projectId: p1(c), bank: 'service', category: 'fees', question: `矩阵新建 ${c.unique}` }),
    expect: all(403, { admin: 201, manager: 201, butler: 201, butler2: 404 }),
  },
  {
    name: 'GET /api/knowledge/entries/:id (a project-1 entry)',
    method: 'GET',
    path: async (c) => `/api/knowledge/entries/${(await draftEntry(c)).entryId}`,
    expect: all(403, { admin: 200, regional: 200, manager: 200, butler: 200, marketing: 200, butler2: 404 }),
  },
  {
    name: 'GET /api/knowledge/entries/:id/versions (a project-1 entry)',
    method: 'GET',
    path: async (c) => `/api/knowledge/entries/${(await draftEntry(c)).entryId}/versions`,
    expect: all(403, { admin: 200, regional: 200, manager: 200, butler: 200, marketing: 200, butler2: 404 }),
  },
  {
    name: 'POST /api/knowledge/entries/:id/versions (a project-1 entry)',
    method: 'POST',
    path: async (c) => `/api/knowledge/entries/${(await draftEntry(c)).entryId}/versions`,
    body: (c) => ({ question: `矩阵新版本 ${c.unique}`, answer: '新答案' }),
    expect: all(403, { admin: 201, manager: 201, butler: 201, butler2: 404 }),
  },
  {
    name: 'PATCH /api/knowledge/versions/:id (a project-1 draft)',
    method: 'PATCH',
    path: async (c) => `/api/knowledge/versions/${(await draftEntry(c)).versionId}`,
    body: () => ({ answer: '修改后的答案' }),
    expect: all(403, { admin: 200, manager: 200, butler: 200, butler2: 404 }),
  },
  {
    name: 'POST /api/knowledge/versions/:id/submit (a project-1 service draft)',
    method: 'POST',
    path: async (c) => `/api/knowledge/versions/${(await draftEntry(c)).versionId}/submit`,
    body: () => ({}),
    expect: all(403, { admin: 200, manager: 200, butler: 200, butler2: 404 }),
  },
  {
    name: 'POST /api/knowledge/versions/:id/submit (a project-1 sales draft: opens an approval request)',
    method: 'POST',
    path: async (c) => `/api/knowledge/versions/${(await draftEntry(c, 'sales')).versionId}/submit`,
    body: () => ({}),
    expect: all(403, { admin: 200, manager: 200, butler: 200, butler2: 404 }),
  },
  {
    name: 'POST /api/knowledge/versions/:id/publish (a project-1 service draft)',
    method: 'POST',
    path: async (c) => {
      const f = await draftEntry(c);
      fixtures.set(c, f);
      return `/api/knowledge/versions/${f.versionId}/publish`;
    },
    body: (c) => ({ entryVersion: fixtures.get(c)?.entryVersion ?? 1 }),
    expect: all(403, { admin: 200, manager: 200 }),
  },
  {
    name: 'POST /api/knowledge/versions/:id/publish (a project-1 sales draft: only through approval)',
    method: 'POST',
    path: async (c) => {
      const f = await draftEntry(c, 'sales');
      fixtures.set(c, f);
      return `/api/knowledge/versions/${f.versionId}/publish`;
    },
    body: (c) => ({ entryVersion: fixtures.get(c)?.entryVersion ?? 1 }),
    expect: all(403),
  },
  {
    name: 'POST /api/knowledge/entries/:id/retire (a published project-1 service entry)',
    method: 'POST',
    path: async (c) => {
      const f = await publishedEntry(c, 'service');
      fixtures.set(c, f);
      return `/api/knowledge/entries/${f.entryId}/retire`;
    },
    body: (c) => ({ entryVersion: fixtures.get(c)?.entryVersion ?? 1 }),
    expect: all(403, { admin: 200, manager: 200 }),
  },
  {
    name: 'POST /api/knowledge/entries/:id/retire (published project-1 sales wording)',
    method: 'POST',
    path: async (c) => {
      const f = await publishedEntry(c, 'sales');
      fixtures.set(c, f);
      return `/api/knowledge/entries/${f.entryId}/retire`;
    },
    body: (c) => ({ entryVersion: fixtures.get(c)?.entryVersion ?? 1 }),
    expect: all(403, { admin: 200, manager: 200, marketing: 200 }),
  },
  {
    name: 'GET /api/knowledge/search?projectId=&q= (project 1)',
    method: 'GET',
    path: (c) => `/api/knowledge/search?projectId=${p1(c)}&q=${encodeURIComponent('物业费怎么收')}`,
    expect: all(200, { butler2: 404, owner: 403 }),
  },
  {
    name: 'POST /api/knowledge/desk-log (project 1)',
    method: 'POST',
    path: () => '/api/knowledge/desk-log',
    body: (c) => ({ projectId: p1(c), question: `矩阵咨询 ${c.unique}` }),
    expect: all(201, { butler2: 404, technician: 403, owner: 403 }),
  },
  {
    name: 'GET /api/knowledge/desk-log?projectId= (project 1)',
    method: 'GET',
    path: (c) => `/api/knowledge/desk-log?projectId=${p1(c)}&filter=unanswered`,
    expect: all(200, { butler2: 404, technician: 403, owner: 403 }),
  },
  {
    name: 'POST /api/knowledge/desk-log/:id/draft (an unanswered project-1 question)',
    method: 'POST',
    path: async (c) => `/api/knowledge/desk-log/${await unansweredQuestion(c)}/draft`,
    body: () => ({ bank: 'service', category: 'services' }),
    expect: all(403, { admin: 201, manager: 201, butler: 201, butler2: 404 }),
  },
];
