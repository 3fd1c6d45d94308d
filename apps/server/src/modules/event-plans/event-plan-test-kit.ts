import { expect } from 'vitest';
import type { TestApp } from '../../testing/test-app.js';

/** Set-up shared by the event-plan route tests. */

export interface TaskBody {
  id: string;
  key: string;
  title: string;
  daysBefore: number;
  officeOnly: boolean;
  rehearsal: boolean;
  dueDate: string;
  movedFrom: string | null;
  owner: { id: string; name: string } | null;
  done: boolean;
  overdue: boolean;
  version: number;
}

export interface PlanBody {
  id: string;
  title: string;
  kind: string;
  eventDate: string;
  rehearsalDate: string;
  status: string;
  version: number;
  approvalRequestId: string | null;
  rehearsalConfirmedBy: { id: string; name: string } | null;
  rehearsalConfirmedAt: string | null;
  review: { wentWell: string; problems: string; photoIds: string[] } | null;
  tasks: TaskBody[];
  history: { action: string; fromStatus: string | null; toStatus: string | null; actor: { name: string } | null }[];
  allowedActions: string[];
  missingParts: string[];
  canEdit: boolean;
  canConfirmRehearsal: boolean;
}

let seq = 0;
/** A draft of project 1 created by `who` for `eventDate`. */
export async function draftPlan(t: TestApp, eventDate: string, who = 'butler', body: Record<string, unknown> = {}): Promise<PlanBody> {
  const res = await t.as(who).post('/api/event-plans', { projectId: t.demo.projectIds[0], kind: 'promotion', title: `周末暖场活动 ${++seq}`, eventDate, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as PlanBody;
}

/** The four parts of 4.3.2, complete. */
export const COMPLETE_PARTS = {
  eventLeadGroup: [{ name: '张伟', role: '组长' }],
  assignments: [{ owner: '刘芳', duty: '签到与接待' }],
  orderPlan: '入口分流，停车场专人引导',
  emergencyPlan: '人员拥挤、突发疾病、火情的处置与联络人',
};

/** A complete draft, submitted by the butler: it waits for the regional head. */
export async function submittedPlan(t: TestApp, eventDate: string): Promise<PlanBody> {
  const draft = await draftPlan(t, eventDate);
  const filled = await t.as('butler').patch(`/api/event-plans/${draft.id}`, { ...COMPLETE_PARTS, version: draft.version });
  expect(filled.statusCode, filled.body).toBe(200);
  const sent = await t.as('butler').post(`/api/event-plans/${draft.id}/submit`, {});
  expect(sent.statusCode, sent.body).toBe(200);
  return sent.json() as PlanBody;
}

/** A submitted plan the regional head approved through the approval engine. */
export async function approvedPlan(t: TestApp, eventDate: string): Promise<PlanBody> {
  const plan = await submittedPlan(t, eventDate);
  const approved = await t.as('regional').post(`/api/approvals/${plan.approvalRequestId}/approve`, {});
  expect(approved.statusCode, approved.body).toBe(200);
  return getPlan(t, plan.id);
}

export async function getPlan(t: TestApp, id: string, who = 'butler'): Promise<PlanBody> {
  const res = await t.as(who).get(`/api/event-plans/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as PlanBody;
}

export const taskOf = (plan: PlanBody, key: string) => plan.tasks.find((x) => x.key === key)!;

/** Notifications of the plan's page for one user, oldest first. */
export async function noticesOf(t: TestApp, planId: string, username: string) {
  return t.ctx.db
    .selectFrom('notifications')
    .select(['kind', 'title', 'body'])
    .where('user_id', '=', t.demo.users[username]!)
    .where('link', '=', `/event-plans?id=${planId}`)
    .orderBy('id')
    .execute();
}
