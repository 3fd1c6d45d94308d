import { expect } from 'vitest';
import type { TestApp } from '../../testing/test-app.js';

/** Set-up shared by the sales-preparation route tests. */

export interface PlanBody {
  id: string;
  planVersion: number;
  status: string;
  version: number;
  approvalRequestId: string | null;
  serviceModel: string;
  staffing: { post: string; headcount: number }[];
  siteServices: string[];
  history: { action: string; from: string | null; to: string | null; actor: { name: string } | null; note: string | null }[];
  allowedActions: string[];
  missingSections: string[];
  canEdit: boolean;
}

export interface ItemBody {
  id: string;
  checklist: string;
  key: string;
  categoryKey: string | null;
  title: string;
  plannedHeadcount: number | null;
  staffNames: string[];
  quantity: number | null;
  assignee: { id: string; name: string } | null;
  dueDate: string | null;
  status: string;
  notApplicableReason: string | null;
  overdue: boolean;
  allowedActions: string[];
  version: number;
}

export interface ChecklistsBody {
  generated: boolean;
  today: string;
  checklists: { kind: string; progress: { total: number; done: number; notApplicable: number; overdue: number }; items: ItemBody[] }[];
  assignees: { id: string; name: string }[];
  canWork: boolean;
}

export const COMPLETE_SECTIONS = {
  serviceModel: '酒店式礼宾服务',
  targetGroup: '改善型家庭客户',
  staffing: [{ post: '案场管家', headcount: 2 }],
  siteServices: ['vipReception', 'drinksPastries'],
  materials: '水吧用品、礼宾地毯',
  rules: '案场服务管理制度',
  trainingPlan: '开放前两周礼仪与应知应会培训',
};

export const P = '/api/sales-preparation';

export async function plansOf(t: TestApp, projectId: string, who = 'butler') {
  const res = await t.as(who).get(`${P}/projects/${projectId}/service-plans`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { versions: { id: string; planVersion: number; status: string }[]; current: PlanBody | null; canDraft: boolean };
}

export async function draftPlan(t: TestApp, projectId: string, who = 'butler'): Promise<PlanBody> {
  const res = await t.as(who).post(`${P}/projects/${projectId}/service-plans`, {});
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as PlanBody;
}

export async function getPlan(t: TestApp, id: string, who = 'butler'): Promise<PlanBody> {
  const res = await t.as(who).get(`${P}/service-plans/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as PlanBody;
}

export async function checklistsOf(t: TestApp, projectId: string, who = 'butler'): Promise<ChecklistsBody> {
  const res = await t.as(who).get(`${P}/projects/${projectId}/checklists`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ChecklistsBody;
}

export const itemOf = (lists: ChecklistsBody, checklist: string, key: string) => lists.checklists.find((c) => c.kind === checklist)!.items.find((i) => i.key === key)!;

/** Notifications of one user of a kind, oldest first. */
export function noticesOf(t: TestApp, username: string, kind: string) {
  return t.ctx.db.selectFrom('notifications').select(['kind', 'title', 'body', 'link']).where('user_id', '=', t.demo.users[username]!).where('kind', '=', kind).orderBy('id').execute();
}
