import type { AccessCase, MatrixContext } from './access-matrix.cases.js';
import { all, created, p1, p2 } from './access-matrix.fixtures.js';

const URL = '/api/opening-readiness';

/** The project's dates as they are, so a row that sets them changes nothing. */
async function currentDates(c: MatrixContext, project: 0 | 1) {
  const row = await c.db.selectFrom('opening_dates').selectAll().where('project_id', '=', c.demo.projectIds[project]).executeTakeFirst();
  return {
    projectId: c.demo.projectIds[project],
    firstLaunchDate: row?.first_launch_date ?? '2030-05-31',
    clubhouseOpeningDate: row?.clubhouse_opening_date ?? '2030-04-10',
    showFlatOpeningDate: row?.show_flat_opening_date ?? '2030-04-20',
  };
}

/** A demo milestone of project 1, made open (or done) first through the API so every account's request finds it so. */
async function p1Milestone(c: MatrixContext, key: string, state?: 'open' | 'done'): Promise<string> {
  const m = await c.db.selectFrom('opening_milestones').select(['id', 'done_at']).where('project_id', '=', p1(c)).where('key', '=', key as never).executeTakeFirstOrThrow();
  if (state === 'open' && m.done_at) await c.as('manager').post(`${URL}/milestones/${m.id}/reopen`, {});
  if (state === 'done' && !m.done_at) await c.as('manager').post(`${URL}/milestones/${m.id}/done`, {});
  return m.id;
}

/** A fresh configuration item of project 1 (added by the manager) or project 2 (by butler2). */
const scratchItem = (c: MatrixContext, project: 0 | 1 = 0) =>
  created(
    c.as(project === 0 ? 'manager' : 'butler2').post(`${URL}/equipment`, {
      projectId: c.demo.projectIds[project],
      placeKind: 'showFlat',
      placeName: 'A户型样板房',
      itemName: `矩阵配置 ${c.unique}`,
      quantity: 1,
    }),
  );

const readers = { admin: 200, regional: 200, manager: 200, butler: 200, marketing: 200, butler2: 404 };
const workers = (ok: number) => ({ manager: ok, butler: ok, butler2: 404 });

/** 配合会所、样板房展示开放: opening dates, milestones and the equipment configuration lists. */
export const openingReadinessCases: AccessCase[] = [
  {
    name: 'GET /api/opening-readiness?projectId= (project 1)',
    method: 'GET',
    path: (c) => `${URL}?projectId=${p1(c)}`,
    expect: all(403, readers),
  },
  {
    name: 'GET /api/opening-readiness?projectId= (project 2)',
    method: 'GET',
    path: (c) => `${URL}?projectId=${p2(c)}`,
    expect: all(403, { admin: 200, regional: 200, butler2: 200, manager: 404, butler: 404, marketing: 404 }),
  },
  {
    name: 'GET /api/opening-readiness/overview',
    method: 'GET',
    path: () => `${URL}/overview`,
    expect: all(403, { ...readers, butler2: 200 }),
  },
  {
    name: 'PUT /api/opening-readiness/dates (project 1, its dates unchanged)',
    method: 'PUT',
    path: () => `${URL}/dates`,
    body: (c) => currentDates(c, 0),
    expect: all(403, { admin: 200, regional: 200, manager: 200 }),
  },
  {
    name: 'PUT /api/opening-readiness/dates (project 2)',
    method: 'PUT',
    path: () => `${URL}/dates`,
    body: (c) => currentDates(c, 1),
    expect: all(403, { admin: 200, regional: 200, manager: 404 }),
  },
  {
    name: 'POST /api/opening-readiness/milestones/:id/assign (a project-1 milestone)',
    method: 'POST',
    path: async (c) => `${URL}/milestones/${await p1Milestone(c, 'clubhouseRecruitment')}/assign`,
    body: () => ({ ownerId: null }),
    expect: all(403, workers(200)),
  },
  {
    name: 'POST /api/opening-readiness/milestones/:id/done (a project-1 milestone not done)',
    method: 'POST',
    path: async (c) => `${URL}/milestones/${await p1Milestone(c, 'clubhouseStaffingApproval', 'open')}/done`,
    body: () => ({}),
    expect: all(403, workers(200)),
  },
  {
    name: 'POST /api/opening-readiness/milestones/:id/reopen (a project-1 milestone done)',
    method: 'POST',
    path: async (c) => `${URL}/milestones/${await p1Milestone(c, 'clubhouseStaffingApproval', 'done')}/reopen`,
    body: () => ({ reason: '矩阵' }),
    expect: all(403, workers(200)),
  },
  {
    name: 'POST /api/opening-readiness/equipment (project 1)',
    method: 'POST',
    path: () => `${URL}/equipment`,
    body: (c) => ({ projectId: p1(c), placeKind: 'clubhouse', placeName: '会所', itemName: `矩阵配置 ${c.unique}`, quantity: 2 }),
    expect: all(403, workers(201)),
  },
  {
    name: 'POST /api/opening-readiness/equipment (project 2)',
    method: 'POST',
    path: () => `${URL}/equipment`,
    body: (c) => ({ projectId: p2(c), placeKind: 'clubhouse', placeName: '会所', itemName: `矩阵配置 ${c.unique}`, quantity: 2 }),
    expect: all(403, { butler2: 201, manager: 404, butler: 404 }),
  },
  {
    name: 'GET /api/opening-readiness/equipment/:id (a project-1 item)',
    method: 'GET',
    path: async (c) => `${URL}/equipment/${await scratchItem(c)}`,
    expect: all(403, readers),
  },
  {
    name: 'PATCH /api/opening-readiness/equipment/:id (a project-1 item)',
    method: 'PATCH',
    path: async (c) => `${URL}/equipment/${await scratchItem(c)}`,
    body: () => ({ quantity: 3 }),
    expect: all(403, workers(200)),
  },
  {
    name: 'POST /api/opening-readiness/equipment/:id/purchase (a project-1 item)',
    method: 'POST',
    path: async (c) => `${URL}/equipment/${await scratchItem(c)}/purchase`,
    body: () => ({}),
    expect: all(403, workers(200)),
  },
  {
    name: 'POST /api/opening-readiness/equipment/:id/purchase (a project-2 item)',
    method: 'POST',
    path: async (c) => `${URL}/equipment/${await scratchItem(c, 1)}/purchase`,
    body: () => ({}),
    expect: all(403, { butler2: 200, manager: 404, butler: 404 }),
  },
  {
    name: 'DELETE /api/opening-readiness/equipment/:id (a project-1 item)',
    method: 'DELETE',
    path: async (c) => `${URL}/equipment/${await scratchItem(c)}`,
    expect: all(403, workers(204)),
  },
];
