import { businessDate } from '@guanjia/domain';
import type { AccessCase, MatrixContext } from './access-matrix.cases.js';
import { all, p1, p2 } from './access-matrix.fixtures.js';

/** Readers of project 1: the property side, the regional head, and the developer's marketing lead. */
const readersOfP1 = all(403, { admin: 200, regional: 200, manager: 200, butler: 200, marketing: 200, butler2: 404 });

const today = () => businessDate(Date.now());
const meetingBody = () => ({ meetingDate: today(), attendees: ['管家 刘芳', '营销负责人 周杰'] });

/** A meeting of project 1 the butler recorded just now. */
async function meeting(c: MatrixContext): Promise<string> {
  const res = await c.as('butler').post(`/api/projects/${p1(c)}/sales-meetings`, meetingBody());
  if (res.statusCode !== 201) throw new Error(`fixture not recorded: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

/** An open issue of a fresh project-1 meeting, given to the marketing lead's account. */
async function issueOfMarketing(c: MatrixContext): Promise<string> {
  const res = await c.as('butler').post(`/api/sales-meetings/${await meeting(c)}/issues`, { description: `矩阵问题 ${c.unique}`, ownerUserId: c.demo.users.marketing, dueDate: today() });
  if (res.statusCode !== 201) throw new Error(`fixture not raised: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

/** 销售工作例会: meetings, the issues raised there and their progress. */
export const salesMeetingCases: AccessCase[] = [
  {
    name: 'GET /api/projects/:projectId/sales-meetings (project 1)',
    method: 'GET',
    path: (c) => `/api/projects/${p1(c)}/sales-meetings`,
    expect: readersOfP1,
  },
  {
    name: 'POST /api/projects/:projectId/sales-meetings (project 1)',
    method: 'POST',
    path: (c) => `/api/projects/${p1(c)}/sales-meetings`,
    body: meetingBody,
    expect: all(403, { admin: 201, manager: 201, butler: 201, butler2: 404 }),
  },
  {
    name: 'POST /api/projects/:projectId/sales-meetings (project 2)',
    method: 'POST',
    path: (c) => `/api/projects/${p2(c)}/sales-meetings`,
    body: meetingBody,
    expect: all(403, { admin: 201, manager: 404, butler: 404, butler2: 201 }),
  },
  {
    name: 'GET /api/sales-meetings/:id (a project-1 meeting)',
    method: 'GET',
    path: async (c) => `/api/sales-meetings/${await meeting(c)}`,
    expect: readersOfP1,
  },
  {
    name: 'PATCH /api/sales-meetings/:id (a project-1 meeting)',
    method: 'PATCH',
    path: async (c) => `/api/sales-meetings/${await meeting(c)}`,
    body: (c) => ({ notes: `补记 ${c.unique}` }),
    expect: all(403, { admin: 200, manager: 200, butler: 200, butler2: 404 }),
  },
  {
    name: 'POST /api/sales-meetings/:id/issues (a project-1 meeting)',
    method: 'POST',
    path: async (c) => `/api/sales-meetings/${await meeting(c)}/issues`,
    body: (c) => ({ description: `矩阵问题 ${c.unique}`, ownerName: '营销部', dueDate: today() }),
    expect: all(403, { admin: 201, manager: 201, butler: 201, butler2: 404 }),
  },
  {
    name: 'GET /api/projects/:projectId/sales-meeting-issues (project 1)',
    method: 'GET',
    path: (c) => `/api/projects/${p1(c)}/sales-meeting-issues?open=true`,
    expect: readersOfP1,
  },
  {
    name: 'GET /api/projects/:projectId/sales-meeting-owners (project 1)',
    method: 'GET',
    path: (c) => `/api/projects/${p1(c)}/sales-meeting-owners`,
    expect: readersOfP1,
  },
  {
    name: 'GET /api/sales-meeting-issues/:id (a project-1 issue)',
    method: 'GET',
    path: async (c) => `/api/sales-meeting-issues/${await issueOfMarketing(c)}`,
    expect: readersOfP1,
  },
  {
    name: 'PATCH /api/sales-meeting-issues/:id (a project-1 issue)',
    method: 'PATCH',
    path: async (c) => `/api/sales-meeting-issues/${await issueOfMarketing(c)}`,
    body: (c) => ({ description: `改 ${c.unique}` }),
    expect: all(403, { admin: 200, manager: 200, butler: 200, butler2: 404 }),
  },
  {
    name: 'POST /api/sales-meeting-issues/:id/start (a project-1 issue the marketing lead owns)',
    method: 'POST',
    path: async (c) => `/api/sales-meeting-issues/${await issueOfMarketing(c)}/start`,
    body: () => ({}),
    expect: all(403, { admin: 200, manager: 200, butler: 200, marketing: 200, butler2: 404 }),
  },
  {
    name: 'POST /api/sales-meeting-issues/:id/drop (a project-1 issue the marketing lead owns)',
    method: 'POST',
    path: async (c) => `/api/sales-meeting-issues/${await issueOfMarketing(c)}/drop`,
    body: () => ({ note: '已不适用' }),
    expect: all(403, { admin: 200, manager: 200, butler: 200, butler2: 404 }),
  },
];
