import type { AccessCase, MatrixContext } from './access-matrix.cases.js';
import { all, created, firstItemId, p1, p2 } from './access-matrix.fixtures.js';

const URL = '/api/etiquette-drills';

const center = (c: MatrixContext) => firstItemId(c, `/api/projects/${p1(c)}/sales-centers`);
/** A peak period far ahead on project 1's sales center, added by the manager, so no row changes today's drills. */
const scratchPeriod = async (c: MatrixContext) =>
  created(c.as('manager').post(`${URL}/peak-periods`, { salesCenterId: await center(c), startDate: '2031-01-01', endDate: '2031-01-02', startTime: '10:00', endTime: '12:00' }));
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

const pageReaders = { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404 };
const writers = (ok: number) => ({ admin: ok, regional: ok, manager: ok });

/** 员工礼仪演练: the timetable (also on the reception board), records, peak periods, rotation and the missed list. */
export const etiquetteDrillCases: AccessCase[] = [
  {
    name: 'GET /api/etiquette-drills/timetable (project-1 sales center)',
    method: 'GET',
    path: async (c) => `${URL}/timetable?salesCenterId=${await center(c)}`,
    expect: all(403, pageReaders),
  },
  {
    name: 'GET /api/etiquette-drills/days (project-1 sales center)',
    method: 'GET',
    path: async (c) => `${URL}/days?salesCenterId=${await center(c)}&from=2026-05-01&to=2026-05-07`,
    expect: all(403, pageReaders),
  },
  {
    name: 'GET /api/etiquette-drills/settings (project-1 sales center)',
    method: 'GET',
    path: async (c) => `${URL}/settings?salesCenterId=${await center(c)}`,
    expect: all(403, pageReaders),
  },
  {
    name: 'GET /api/etiquette-drills/missed (project 1)',
    method: 'GET',
    path: (c) => `${URL}/missed?projectId=${p1(c)}&from=2026-05-01&to=2026-05-07`,
    expect: all(403, writers(200)),
  },
  {
    name: 'GET /api/etiquette-drills/missed (project 2)',
    method: 'GET',
    path: (c) => `${URL}/missed?projectId=${p2(c)}&from=2026-05-01&to=2026-05-07`,
    expect: all(403, { admin: 200, regional: 200, manager: 404 }),
  },
  {
    name: 'POST /api/etiquette-drills/records (an hour not in the timetable)',
    method: 'POST',
    path: () => `${URL}/records`,
    body: async (c) => ({ salesCenterId: await center(c), date: today(), start: '03:17', performerIds: [c.demo.users.butler], photoId: 'none' }),
    expect: all(403, { manager: 422, butler: 422, butler2: 404 }),
  },
  {
    name: 'POST /api/etiquette-drills/peak-periods (project-1 sales center)',
    method: 'POST',
    path: () => `${URL}/peak-periods`,
    body: async (c) => ({ salesCenterId: await center(c), startDate: '2031-02-01', endDate: '2031-02-02', startTime: '10:00', endTime: '12:00' }),
    expect: all(403, writers(201)),
  },
  {
    name: 'PATCH /api/etiquette-drills/peak-periods/:id (project 1)',
    method: 'PATCH',
    path: async (c) => `${URL}/peak-periods/${await scratchPeriod(c)}`,
    body: () => ({ endTime: '13:00' }),
    expect: all(403, writers(200)),
  },
  {
    name: 'DELETE /api/etiquette-drills/peak-periods/:id (project 1)',
    method: 'DELETE',
    path: async (c) => `${URL}/peak-periods/${await scratchPeriod(c)}`,
    expect: all(403, writers(204)),
  },
  {
    name: 'PUT /api/etiquette-drills/rotation (project-1 sales center)',
    method: 'PUT',
    path: () => `${URL}/rotation`,
    body: async (c) => ({ salesCenterId: await center(c), kinds: ['guardDrill', 'receptionEtiquette', 'butlerSimulation'] }),
    expect: all(403, writers(200)),
  },
];
