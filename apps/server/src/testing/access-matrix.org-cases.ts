import type { AccessCase, MaskingCase, MatrixContext } from './access-matrix.cases.js';
import { created, firstItemId, p1, p2 } from './access-matrix.fixtures.js';

const scratchRegion = (c: MatrixContext) => created(c.as('admin').post('/api/regions', { name: `地区 ${c.unique}` }));
const scratchDeveloper = (c: MatrixContext) => created(c.as('admin').post('/api/developers', { name: `开发商 ${c.unique}` }));
const scratchDepartment = (c: MatrixContext) =>
  created(c.as('admin').post('/api/departments', { name: `部门 ${c.unique}`, kind: 'department', projectId: p1(c) }));

/**
 * Organisation data: every staff account reads what its projects allow (another project's record is
 * 404), owners are refused (403), and only company administrators write (403 for everyone else,
 * checked before the record is looked up).
 */
export const orgCases: AccessCase[] = [
  // regions (地区公司)
  {
    name: 'GET /api/regions',
    method: 'GET',
    path: () => '/api/regions',
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 200, technician: 200, sales: 200, marketing: 200, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /api/regions/:id (the demo region)',
    method: 'GET',
    path: (c) => `/api/regions/${c.demo.regionId}`,
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 200, technician: 200, sales: 200, marketing: 200, owner: 403, anonymous: 401 },
  },
  {
    name: 'POST /api/regions',
    method: 'POST',
    path: () => '/api/regions',
    body: (c) => ({ name: `地区 ${c.unique}`, code: `R-${c.unique}` }),
    expect: { admin: 201, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'PATCH /api/regions/:id (a region of the company)',
    method: 'PATCH',
    path: async (c) => `/api/regions/${await scratchRegion(c)}`,
    body: () => ({ name: '华南地区公司' }),
    expect: { admin: 200, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },

  // developers (开发商)
  {
    name: 'GET /api/developers',
    method: 'GET',
    path: () => '/api/developers',
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 200, technician: 200, sales: 200, marketing: 200, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /api/developers/:id (the demo developer)',
    method: 'GET',
    path: (c) => `/api/developers/${c.demo.developerId}`,
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 200, technician: 200, sales: 200, marketing: 200, owner: 403, anonymous: 401 },
  },
  {
    name: 'POST /api/developers',
    method: 'POST',
    path: () => '/api/developers',
    body: (c) => ({ name: `开发商 ${c.unique}`, code: `D-${c.unique}` }),
    expect: { admin: 201, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'PATCH /api/developers/:id (a developer of the company)',
    method: 'PATCH',
    path: async (c) => `/api/developers/${await scratchDeveloper(c)}`,
    body: () => ({ name: '万科（上海）有限公司' }),
    expect: { admin: 200, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },

  // projects (楼盘)
  {
    name: 'GET /api/projects',
    method: 'GET',
    path: () => '/api/projects',
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 200, technician: 200, sales: 200, marketing: 200, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /api/projects/:id (project 1)',
    method: 'GET',
    path: (c) => `/api/projects/${p1(c)}`,
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404, technician: 200, sales: 200, marketing: 200, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /api/projects/:id (project 2)',
    method: 'GET',
    path: (c) => `/api/projects/${p2(c)}`,
    expect: { admin: 200, regional: 200, manager: 404, butler: 404, butler2: 200, technician: 404, sales: 404, marketing: 404, owner: 403, anonymous: 401 },
  },
  {
    name: 'POST /api/projects',
    method: 'POST',
    path: () => '/api/projects',
    body: (c) => ({ name: `矩阵楼盘 ${c.unique}`, code: `P-${c.unique}`, regionId: c.demo.regionId, developerId: c.demo.developerId, city: '上海' }),
    expect: { admin: 201, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'PATCH /api/projects/:id (project 1)',
    method: 'PATCH',
    path: (c) => `/api/projects/${p1(c)}`,
    body: (c) => ({ address: `上海市杨浦区江湾路 88 号（${c.unique}）` }),
    expect: { admin: 200, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },

  // sales centers (销售中心)
  {
    name: 'GET /api/projects/:projectId/sales-centers (project 1)',
    method: 'GET',
    path: (c) => `/api/projects/${p1(c)}/sales-centers`,
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404, technician: 200, sales: 200, marketing: 200, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /api/projects/:projectId/sales-centers (project 2)',
    method: 'GET',
    path: (c) => `/api/projects/${p2(c)}/sales-centers`,
    expect: { admin: 200, regional: 200, manager: 404, butler: 404, butler2: 200, technician: 404, sales: 404, marketing: 404, owner: 403, anonymous: 401 },
  },
  {
    name: 'POST /api/projects/:projectId/sales-centers (project 1)',
    method: 'POST',
    path: (c) => `/api/projects/${p1(c)}/sales-centers`,
    body: (c) => ({ name: `销售中心 ${c.unique}`, phone: '021-55550000', openTime: '09:00', closeTime: '18:00' }),
    expect: { admin: 201, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /api/sales-centers/:id (a project-1 sales center)',
    method: 'GET',
    path: async (c) => `/api/sales-centers/${await firstItemId(c, `/api/projects/${p1(c)}/sales-centers`)}`,
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404, technician: 200, sales: 200, marketing: 200, owner: 403, anonymous: 401 },
  },
  {
    name: 'PATCH /api/sales-centers/:id (a project-1 sales center)',
    method: 'PATCH',
    path: async (c) => `/api/sales-centers/${await firstItemId(c, `/api/projects/${p1(c)}/sales-centers`)}`,
    body: () => ({ closeTime: '18:30' }),
    expect: { admin: 200, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },

  // service centers (物业服务中心)
  {
    name: 'GET /api/projects/:projectId/service-centers (project 1)',
    method: 'GET',
    path: (c) => `/api/projects/${p1(c)}/service-centers`,
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404, technician: 200, sales: 200, marketing: 200, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /api/projects/:projectId/service-centers (project 2)',
    method: 'GET',
    path: (c) => `/api/projects/${p2(c)}/service-centers`,
    expect: { admin: 200, regional: 200, manager: 404, butler: 404, butler2: 200, technician: 404, sales: 404, marketing: 404, owner: 403, anonymous: 401 },
  },
  {
    name: 'POST /api/projects/:projectId/service-centers (project 1)',
    method: 'POST',
    path: (c) => `/api/projects/${p1(c)}/service-centers`,
    body: (c) => ({ name: `物业服务中心 ${c.unique}`, phone: '021-55551111' }),
    expect: { admin: 201, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /api/service-centers/:id (a project-1 service center)',
    method: 'GET',
    path: async (c) => `/api/service-centers/${await firstItemId(c, `/api/projects/${p1(c)}/service-centers`)}`,
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404, technician: 200, sales: 200, marketing: 200, owner: 403, anonymous: 401 },
  },
  {
    name: 'PATCH /api/service-centers/:id (a project-1 service center)',
    method: 'PATCH',
    path: async (c) => `/api/service-centers/${await firstItemId(c, `/api/projects/${p1(c)}/service-centers`)}`,
    body: () => ({ phone: '021-55552222' }),
    expect: { admin: 200, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },

  // departments and posts (部门 / 岗位)
  {
    name: 'GET /api/departments',
    method: 'GET',
    path: () => '/api/departments',
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 200, technician: 200, sales: 200, marketing: 200, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /api/departments?projectId= (project 1)',
    method: 'GET',
    path: (c) => `/api/departments?projectId=${p1(c)}`,
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404, technician: 200, sales: 200, marketing: 200, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /api/departments/:id (a project-1 department)',
    method: 'GET',
    path: async (c) => `/api/departments/${await firstItemId(c, `/api/departments?projectId=${p1(c)}`)}`,
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404, technician: 200, sales: 200, marketing: 200, owner: 403, anonymous: 401 },
  },
  {
    name: "GET /api/departments/:id (the developer's 营销部, company-level)",
    method: 'GET',
    path: async (c) => `/api/departments/${await firstItemId(c, `/api/departments?developerId=${c.demo.developerId}`)}`,
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 200, technician: 200, sales: 200, marketing: 200, owner: 403, anonymous: 401 },
  },
  {
    name: 'POST /api/departments (a project-1 department)',
    method: 'POST',
    path: () => '/api/departments',
    body: (c) => ({ name: `部门 ${c.unique}`, kind: 'department', projectId: p1(c) }),
    expect: { admin: 201, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    name: 'PATCH /api/departments/:id (a project-1 department)',
    method: 'PATCH',
    path: async (c) => `/api/departments/${await scratchDepartment(c)}`,
    body: () => ({ name: '客户关系部' }),
    expect: { admin: 200, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
];

export const orgMaskingCases: MaskingCase[] = [
  {
    name: 'GET /api/projects → the codes of the projects listed, only those the account works in',
    path: () => '/api/projects',
    pick: (b) => b.items.map((p: { code: string }) => p.code),
    expect: { manager: ['JW01'], butler: ['JW01'], butler2: ['BJ02'], technician: ['JW01'], sales: ['JW01'], marketing: ['JW01'] },
  },
];
