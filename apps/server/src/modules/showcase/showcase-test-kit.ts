import { newRowStamp } from '../../platform/db/transaction.js';
import { uuidv7 } from '@guanjia/domain';
import { expect } from 'vitest';
import type { TestApp } from '../../testing/test-app.js';

/** Set-up shared by the showcase route tests. */

export interface ShowcaseBody {
  id: string;
  status: string;
  version: number;
  approvalRequestId: string | null;
  approvalLate: boolean;
  submittedAfterDecoration: boolean;
  publicCode: string;
  allowedActions: string[];
  missingParts: string[];
  canEdit: boolean;
  explainers: { id: string; user: { id: string; name: string }; trained: boolean; version: number }[];
  todayOnDuty: { shift: string; explainer: { name: string } }[];
  instructions: { versionNo: number; current: boolean; file: { id: string } | null }[];
  history: { action: string; note: string | null; actor: { name: string } | null }[];
}

let seq = 0;
/** A new sales center of project 1 (or 2): the demo's own center already has its showcase. */
export async function newSalesCenter(t: TestApp, project: 0 | 1 = 0): Promise<string> {
  const id = uuidv7();
  await t.ctx.db
    .insertInto('sales_centers')
    .values({ id, company_id: t.demo.companyId, project_id: t.demo.projectIds[project], name: `测试销售中心 ${++seq}`, address: null, phone: null, open_time: null, close_time: null, ...newRowStamp() })
    .execute();
  return id;
}

/** A draft showcase of a new sales center, created by `who`. */
export async function draftShowcase(t: TestApp, who = 'butler', project: 0 | 1 = 0): Promise<ShowcaseBody> {
  const res = await t.as(who).post('/api/showcase/showcases', { salesCenterId: await newSalesCenter(t, project) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as ShowcaseBody;
}

export const COMPLETE_PLAN = { location: '一层大厅东侧', areaM2: 30.5, layoutPlan: '背景墙、资料架、视频屏、接待台' };

/** The demo showcase of project 1's own sales center (approved, two trained explainers). */
export async function demoShowcase(t: TestApp) {
  return t.ctx.db.selectFrom('brand_showcases').selectAll().where('project_id', '=', t.demo.projectIds[0]).orderBy('created_at').executeTakeFirstOrThrow();
}
