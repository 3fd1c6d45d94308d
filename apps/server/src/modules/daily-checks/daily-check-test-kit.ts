import { expect } from 'vitest';
import type { TestApp } from '../../testing/test-app.js';
import { multipartFile } from '../../testing/multipart.js';

/** Set-up shared by the opening-check route tests. */

/** The demo sales center of project 1 (or 2). */
export async function demoSalesCenter(t: TestApp, project: 0 | 1 = 0): Promise<string> {
  const row = await t.ctx.db.selectFrom('sales_centers').select('id').where('project_id', '=', t.demo.projectIds[project]).orderBy('id').executeTakeFirstOrThrow();
  return row.id;
}

let centers = 0;
/** A further sales center of a project, created by the company administrator; nobody has checked it yet. */
export async function newSalesCenter(t: TestApp, project: 0 | 1 = 0): Promise<string> {
  const res = await t.as('admin').post(`/api/projects/${t.demo.projectIds[project]}/sales-centers`, { name: `临时售楼处 ${++centers}`, openTime: '09:00', closeTime: '18:00' });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR opening check photo')]);

/** A photo `who` uploaded to project 1. */
export async function uploadPhoto(t: TestApp, who: string, project: 0 | 1 = 0): Promise<string> {
  const { payload, headers } = multipartFile(PNG, '水吧.png', { type: 'image/png' });
  const res = await t.as(who).post(`/api/files?projectId=${t.demo.projectIds[project]}`, payload, headers);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

export async function startCheck(t: TestApp, who: string, salesCenterId: string) {
  const res = await t.as(who).post('/api/daily-checks', { salesCenterId });
  expect([200, 201], res.body).toContain(res.statusCode);
  return res.json() as CheckBody;
}

export interface CheckItemBody {
  id: string;
  key: string;
  text: string;
  result: 'pass' | 'fail' | null;
  note: string | null;
  photoIds: string[];
  departmentId: string | null;
  departmentName: string | null;
  workOrder: { id: string; number: string; status: string } | null;
  version: number;
}
export interface CheckBody {
  id: string;
  status: string;
  businessDate: string;
  items: CheckItemBody[];
  unanswered: number;
  failed: number;
  version: number;
  allowedActions: string[];
  history: { action: string; itemId: string | null; data: Record<string, unknown> | null }[];
}

export const itemOf = (check: CheckBody, key: string) => check.items.find((i) => i.key === key)!;

export async function countRows(t: TestApp, table: 'work_orders' | 'daily_checks' | 'daily_check_items' | 'daily_check_events' | 'daily_check_templates' | 'audit_log') {
  const row = await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
