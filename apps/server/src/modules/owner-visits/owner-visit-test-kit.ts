import { TEST_PASSWORD, type TestApp } from '../../testing/test-app.js';

export const unitIdOf = async (t: TestApp, project: 0 | 1, code: string) =>
  (await t.ctx.db.selectFrom('units').select('id').where('project_id', '=', t.demo.projectIds[project]).where('code', '=', code).executeTakeFirstOrThrow()).id;

export const buildingIdOf = async (t: TestApp, project: 0 | 1, code: string) =>
  (await t.ctx.db.selectFrom('buildings').select('id').where('project_id', '=', t.demo.projectIds[project]).where('code', '=', code).executeTakeFirstOrThrow()).id;

/** A household on a unit, created through the households API by the project's demo butler. */
export async function newHousehold(t: TestApp, project: 0 | 1, unitCode: string): Promise<string> {
  const res = await t.as(project === 0 ? 'butler' : 'butler2').post(`/api/projects/${t.demo.projectIds[project]}/households`, { unitId: await unitIdOf(t, project, unitCode), name: `${unitCode} 住户` });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json().id as string;
}

/** Another butler granted one project; returns the user id. */
export async function newButler(t: TestApp, username: string, name: string, project: 0 | 1): Promise<string> {
  const res = await t.as('admin').post('/api/users', { username, password: TEST_PASSWORD, name, roles: ['butler'], projectIds: [t.demo.projectIds[project]] });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json().id as string;
}

export const visitBody = (patch: Record<string, unknown> = {}) => ({ kind: 'phone', visitedAt: new Date().toISOString(), contactName: '业主本人', summary: '电话回访，了解近况', ...patch });
