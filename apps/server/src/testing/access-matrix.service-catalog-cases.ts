import type { AccessCase, MatrixContext } from './access-matrix.cases.js';
import { p1, p2 } from './access-matrix.fixtures.js';

/** A seeded item of the project: 生活秘书服务 2 (留言转达). */
async function seededItem(c: MatrixContext, projectId: string): Promise<string> {
  const row = await c.db
    .selectFrom('service_items')
    .select('id')
    .where('project_id', '=', projectId)
    .where('category_number', '=', 1)
    .where('number', '=', 2)
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * The service catalog: every account of a project reads it (owners through their household);
 * company administrators and the project's service-center manager configure it.
 */
export const serviceCatalogCases: AccessCase[] = [
  {
    name: 'GET /api/service-catalog (project 1)',
    method: 'GET',
    path: (c) => `/api/service-catalog?projectId=${p1(c)}`,
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404, technician: 200, sales: 200, marketing: 200, owner: 200, anonymous: 401 },
  },
  {
    name: 'GET /api/service-catalog (project 2)',
    method: 'GET',
    path: (c) => `/api/service-catalog?projectId=${p2(c)}`,
    expect: { admin: 200, regional: 200, manager: 404, butler: 404, butler2: 200, technician: 404, sales: 404, marketing: 404, owner: 404, anonymous: 401 },
  },
  {
    name: 'PATCH /api/service-items/:id (project-1 item)',
    method: 'PATCH',
    path: async (c) => `/api/service-items/${await seededItem(c, p1(c))}`,
    body: (c) => ({ note: `矩阵 ${c.unique}` }),
    expect: { admin: 200, regional: 403, manager: 200, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'PATCH /api/service-items/:id (project-2 item)',
    method: 'PATCH',
    path: async (c) => `/api/service-items/${await seededItem(c, p2(c))}`,
    body: (c) => ({ note: `矩阵 ${c.unique}` }),
    expect: { admin: 200, regional: 403, manager: 404, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'POST /api/service-items (project 1)',
    method: 'POST',
    path: () => '/api/service-items',
    body: (c) => ({ projectId: p1(c), categoryNumber: 5, name: `矩阵项目 ${c.unique}` }),
    expect: { admin: 201, regional: 403, manager: 201, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'POST /api/service-items (project 2)',
    method: 'POST',
    path: () => '/api/service-items',
    body: (c) => ({ projectId: p2(c), categoryNumber: 5, name: `矩阵项目 ${c.unique}` }),
    expect: { admin: 201, regional: 403, manager: 404, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
];
