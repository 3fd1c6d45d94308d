import { expect } from 'vitest';
import { TEST_PASSWORD, type TestApp } from '../../testing/test-app.js';

/** Set-up shared by the etiquette-drill tests. */

export const URL = '/api/etiquette-drills';

/** Shanghai wall clock on a date as an instant: at('2026-05-09', '10:30'). */
export const at = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+08:00`);

/** Centers made so far per test app: names count from 1 in every test file, whichever files ran before in the process. */
const centers = new WeakMap<TestApp, number>();
/** A sales center of project 1 (or 2) of its own, away from the demo's drills. */
export async function newCenter(t: TestApp, project: 0 | 1 = 0): Promise<string> {
  const n = (centers.get(t) ?? 0) + 1;
  centers.set(t, n);
  const res = await t.as('admin').post(`/api/projects/${t.demo.projectIds[project]}/sales-centers`, { name: `演练售楼处 ${n}`, openTime: '09:00', closeTime: '18:00' });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

/** A peak period the manager adds; returns its id. */
export async function addPeriod(t: TestApp, salesCenterId: string, period: Record<string, unknown>, who = 'manager'): Promise<string> {
  const res = await t.as(who).post(`${URL}/peak-periods`, { salesCenterId, ...period });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

/** A frontline account of project 1 (the demo has none). */
export async function newFrontline(t: TestApp, username: string): Promise<string> {
  const res = await t.as('admin').post('/api/users', { username, password: TEST_PASSWORD, name: `秩序维护员 ${username}`, roles: ['frontline'], projectIds: [t.demo.projectIds[0]] });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}
