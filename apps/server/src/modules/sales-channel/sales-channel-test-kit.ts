import { expect } from 'vitest';
import type { TestApp } from '../../testing/test-app.js';

/** Set-up shared by the sales-channel route tests. */

// Monday 2026-03-02, 10:00 in Shanghai: the demo is seeded then.
export const NOW = new Date('2026-03-02T02:00:00Z');
export const TODAY = '2026-03-02';

export const p1 = (t: TestApp) => t.demo.projectIds[0];

/** Sends a request and expects the status, showing the body when it differs. */
export async function expectStatus(res: Promise<{ statusCode: number; body: string; json(): any }>, status: number) {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return r.json();
}

export async function errorOf(res: Promise<{ statusCode: number; body: string; json(): any }>) {
  const r = await res;
  return { status: r.statusCode, ...(r.json().error as { code: string; message: string; fields?: Record<string, string> }) };
}

export async function noticesTo(t: TestApp, username: string, link: string) {
  return t.ctx.db.selectFrom('notifications').select(['kind', 'title', 'body']).where('user_id', '=', t.demo.users[username]!).where('link', '=', link).orderBy('id').execute();
}

export async function auditActions(t: TestApp, entityId: string) {
  return (await t.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', entityId).orderBy('id').execute()).map((a) => a.action);
}
