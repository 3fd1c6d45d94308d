import type { AccessCase, MatrixContext } from './access-matrix.cases.js';
import { all, created, p1, p2 } from './access-matrix.fixtures.js';

const entry = (c: MatrixContext, published = false) => ({ category: 'restaurant', name: `矩阵餐厅 ${c.unique}`, address: '江湾路 1 号', phone: '021-6500 0000', tags: ['矩阵'], published });

/** An entry the butler added to project 1 just now (a draft unless published). */
const butlerEntry = (c: MatrixContext, published = false) => created(c.as('butler').post(`/api/projects/${p1(c)}/life-info`, entry(c, published)));

/** Staff who keep project 1's directory; the regional head reads it; project-2 staff 404; everyone else 403. */
const readers = (status: number) => all(403, { admin: status, regional: status, manager: status, butler: status, butler2: 404 });
const editors = (status: number) => all(403, { admin: status, manager: status, butler: status, butler2: 404 });

/** 提供各项生活信息: the staff directory, its edits and publishing, and the owners' search. */
export const lifeInfoCases: AccessCase[] = [
  { name: 'GET /api/projects/:projectId/life-info (project 1)', method: 'GET', path: (c) => `/api/projects/${p1(c)}/life-info`, expect: readers(200) },
  { name: 'POST /api/projects/:projectId/life-info (project 1)', method: 'POST', path: (c) => `/api/projects/${p1(c)}/life-info`, body: (c) => entry(c), expect: editors(201) },
  {
    name: 'POST /api/projects/:projectId/life-info (project 2)',
    method: 'POST',
    path: (c) => `/api/projects/${p2(c)}/life-info`,
    body: (c) => entry(c),
    expect: all(403, { admin: 201, manager: 404, butler: 404, butler2: 201 }),
  },
  { name: 'GET /api/life-info/:id (a project-1 draft)', method: 'GET', path: async (c) => `/api/life-info/${await butlerEntry(c)}`, expect: readers(200) },
  {
    name: 'PATCH /api/life-info/:id (a project-1 draft, version 1)',
    method: 'PATCH',
    path: async (c) => `/api/life-info/${await butlerEntry(c)}`,
    body: () => ({ note: '营业时间已核实', version: 1 }),
    expect: editors(200),
  },
  { name: 'POST /api/life-info/:id/publish (a project-1 draft)', method: 'POST', path: async (c) => `/api/life-info/${await butlerEntry(c)}/publish`, body: () => ({}), expect: editors(200) },
  {
    name: 'POST /api/life-info/:id/unpublish (a published project-1 entry)',
    method: 'POST',
    path: async (c) => `/api/life-info/${await butlerEntry(c, true)}/unpublish`,
    body: () => ({}),
    expect: editors(200),
  },
  { name: 'GET /api/h5/life-info (the owner’s projects)', method: 'GET', path: () => '/api/h5/life-info?q=%E6%B1%9F%E6%B9%BE', expect: all(403, { owner: 200 }) },
  { name: 'GET /api/h5/life-info?projectId= (project 2, not the owner’s)', method: 'GET', path: (c) => `/api/h5/life-info?projectId=${p2(c)}`, expect: all(403, { owner: 404 }) },
];
