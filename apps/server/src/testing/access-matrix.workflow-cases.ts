import type { AccessCase } from './access-matrix.cases.js';
import { butlerRequest, p1, projectFile, regionalHeadNotification, rejectedButlerRequest } from './access-matrix.fixtures.js';

/** Audit, notifications, approvals, files, and the endpoints open to anonymous callers. */
export const workflowCases: AccessCase[] = [
  // public endpoints
  {
    name: 'GET /api/health',
    method: 'GET',
    path: () => '/api/health',
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 200, technician: 200, sales: 200, marketing: 200, owner: 200, anonymous: 200 },
  },
  {
    name: 'GET /api/openapi.json',
    method: 'GET',
    path: () => '/api/openapi.json',
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 200, technician: 200, sales: 200, marketing: 200, owner: 200, anonymous: 200 },
  },

  // audit log
  {
    name: 'GET /api/audit',
    method: 'GET',
    path: () => '/api/audit',
    expect: { admin: 200, regional: 200, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },

  // notifications: each account only ever touches its own
  {
    name: 'GET /api/notifications',
    method: 'GET',
    path: () => '/api/notifications',
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 200, technician: 200, sales: 200, marketing: 200, owner: 200, anonymous: 401 },
  },
  {
    name: 'GET /api/notifications/unread-count',
    method: 'GET',
    path: () => '/api/notifications/unread-count',
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 200, technician: 200, sales: 200, marketing: 200, owner: 200, anonymous: 401 },
  },
  {
    name: "POST /api/notifications/:id/read (the regional head's notification)",
    method: 'POST',
    path: async (c) => `/api/notifications/${await regionalHeadNotification(c)}/read`,
    expect: { admin: 404, regional: 204, manager: 404, butler: 404, butler2: 404, technician: 404, sales: 404, marketing: 404, owner: 404, anonymous: 401 },
  },
  {
    name: 'POST /api/notifications/read-all',
    method: 'POST',
    path: () => '/api/notifications/read-all',
    expect: { admin: 204, regional: 204, manager: 204, butler: 204, butler2: 204, technician: 204, sales: 204, marketing: 204, owner: 204, anonymous: 401 },
  },

  // approvals (报批); the default chain has one step, the regional head
  {
    name: 'POST /api/approvals (a generic request of project 1)',
    method: 'POST',
    path: () => '/api/approvals',
    body: (c) => ({ documentType: 'generic', title: `矩阵报批 ${c.unique}`, projectId: p1(c) }),
    expect: { admin: 201, regional: 201, manager: 201, butler: 201, butler2: 404, technician: 201, sales: 201, marketing: 201, owner: 403, anonymous: 401 },
  },
  {
    name: 'GET /api/approvals/inbox',
    method: 'GET',
    path: () => '/api/approvals/inbox',
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 200, technician: 200, sales: 200, marketing: 200, owner: 200, anonymous: 401 },
  },
  {
    name: 'GET /api/approvals/mine',
    method: 'GET',
    path: () => '/api/approvals/mine',
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 200, technician: 200, sales: 200, marketing: 200, owner: 200, anonymous: 401 },
  },
  {
    name: "GET /api/approvals/:id (the butler's project-1 request)",
    method: 'GET',
    path: async (c) => `/api/approvals/${await butlerRequest(c)}`,
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404, technician: 200, sales: 200, marketing: 200, owner: 404, anonymous: 401 },
  },
  {
    name: "POST /api/approvals/:id/approve (the butler's project-1 request, waiting for the regional head)",
    method: 'POST',
    path: async (c) => `/api/approvals/${await butlerRequest(c)}/approve`,
    body: () => ({ comment: '同意' }),
    expect: { admin: 403, regional: 200, manager: 403, butler: 403, butler2: 404, technician: 403, sales: 403, marketing: 403, owner: 404, anonymous: 401 },
  },
  {
    name: "POST /api/approvals/:id/reject (the butler's project-1 request, waiting for the regional head)",
    method: 'POST',
    path: async (c) => `/api/approvals/${await butlerRequest(c)}/reject`,
    body: () => ({ comment: '请补充预算' }),
    expect: { admin: 403, regional: 200, manager: 403, butler: 403, butler2: 404, technician: 403, sales: 403, marketing: 403, owner: 404, anonymous: 401 },
  },
  {
    name: "POST /api/approvals/:id/cancel (the butler's pending project-1 request)",
    method: 'POST',
    path: async (c) => `/api/approvals/${await butlerRequest(c)}/cancel`,
    body: () => ({ comment: '不再需要' }),
    expect: { admin: 403, regional: 403, manager: 403, butler: 200, butler2: 404, technician: 403, sales: 403, marketing: 403, owner: 404, anonymous: 401 },
  },
  {
    name: "POST /api/approvals/:id/resubmit (the butler's rejected project-1 request)",
    method: 'POST',
    path: async (c) => `/api/approvals/${await rejectedButlerRequest(c)}/resubmit`,
    body: () => ({ comment: '已补充预算' }),
    expect: { admin: 403, regional: 403, manager: 403, butler: 200, butler2: 404, technician: 403, sales: 403, marketing: 403, owner: 404, anonymous: 401 },
  },
  {
    name: 'GET /api/approval-chains/:documentType (generic)',
    method: 'GET',
    path: () => '/api/approval-chains/generic',
    expect: { admin: 200, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },
  {
    // A document type of its own per request, so the generic chain the other rows rely on stays the default.
    name: 'PUT /api/approval-chains/:documentType (a new document type)',
    method: 'PUT',
    path: (c) => `/api/approval-chains/matrix.${c.unique}`,
    body: () => ({ steps: [{ role: 'serviceCenterManager' }, { role: 'regionalHead' }] }),
    expect: { admin: 200, regional: 403, manager: 403, butler: 403, butler2: 403, technician: 403, sales: 403, marketing: 403, owner: 403, anonymous: 401 },
  },

  // files
  {
    name: 'GET /api/files/:id (a project-1 file the butler uploaded)',
    method: 'GET',
    path: async (c) => `/api/files/${await projectFile(c, 'butler')}`,
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404, technician: 200, sales: 200, marketing: 200, owner: 404, anonymous: 401 },
  },
  {
    name: 'GET /api/files/:id (a project-1 file the owner uploaded)',
    method: 'GET',
    path: async (c) => `/api/files/${await projectFile(c, 'owner')}`,
    expect: { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404, technician: 200, sales: 200, marketing: 200, owner: 200, anonymous: 401 },
  },
];
