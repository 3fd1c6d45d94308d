import { expect, vi } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../testing/test-app.js';

/** Monday 2026-03-02, 10:00 in Shanghai. */
export const NOW = new Date('2026-03-02T02:00:00.000Z');
export const TODAY = '2026-03-02';
export const later = (seconds: number, from: Date = NOW) => new Date(from.getTime() + seconds * 1000);

export interface ReceptionKit {
  t: TestApp;
  /** Project 1's and project 2's sales centers. */
  center: string;
  center2: string;
  p1: string;
  p2: string;
  user(username: string): string;
  /** A fresh sales consultant of project 1 (or 2), logged in as `username`. */
  addConsultant(username: string, name: string, project?: 0 | 1): Promise<string>;
  walkIn(body?: Record<string, unknown>, who?: string): Promise<{ id: string; consultant: { id: string; name: string }; rotationTurn: number | null; status: string; version: number }>;
  close(): Promise<void>;
}

/** A test app at Monday 10:00 with Date faked (timers stay real), and the ids the reception tests use. */
export async function receptionKit(): Promise<ReceptionKit> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  const t = await createTestApp();
  const [p1, p2] = t.demo.projectIds;
  const centerOf = async (projectId: string) => (await t.ctx.db.selectFrom('sales_centers').select('id').where('project_id', '=', projectId).executeTakeFirstOrThrow()).id;
  const center = await centerOf(p1);
  const center2 = await centerOf(p2);
  return {
    t,
    center,
    center2,
    p1,
    p2,
    user: (username) => t.demo.users[username]!,
    async addConsultant(username, name, project = 0) {
      const res = await t.as('admin').post('/api/users', { username, password: TEST_PASSWORD, name, roles: ['salesConsultant'], projectIds: [t.demo.projectIds[project]] });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    },
    async walkIn(body = {}, who = 'butler') {
      const res = await t.as(who).post('/api/reception/check-in', { type: 'walkIn', salesCenterId: center, visitorName: '张先生', consentRecorded: true, ...body });
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    },
    async close() {
      await t.close();
      vi.useRealTimers();
    },
  };
}

export const countRows = async (t: TestApp, table: 'reception_visits' | 'reception_visit_events' | 'reception_handoff_alerts' | 'notifications' | 'jobs') =>
  Number((await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
