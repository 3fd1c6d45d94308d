import { expect } from 'vitest';
import type { TestApp } from '../../testing/test-app.js';

/** Set-up shared by the liaison-form route tests. */

export async function marketingDepartment(t: TestApp): Promise<string> {
  return (await t.ctx.db.selectFrom('departments').select('id').where('developer_id', '=', t.demo.developerId).where('name', '=', '营销部').executeTakeFirstOrThrow()).id;
}

let seq = 0;
/** A draft of project 1 the butler wrote to 营销部, due `dueDate`. */
export async function draftForm(t: TestApp, dueDate: string, who = 'butler', body: Record<string, unknown> = {}) {
  const res = await t.as(who).post('/api/liaison-forms', {
    projectId: t.demo.projectIds[0],
    subject: `请确认开盘当天的接待安排 ${++seq}`,
    content: '开盘当天预计到访 300 组客户，请确认销售顾问排班与物业接待岗位的配合。',
    toDepartmentId: await marketingDepartment(t),
    dueDate,
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as FormBody;
}

export function act(t: TestApp, who: string, id: string, action: string, body: Record<string, unknown> = {}) {
  return t.as(who).post(`/api/liaison-forms/${id}/${action}`, body);
}

/** Moves a form through [who, action, body] steps, each expected to succeed; returns the last answer. */
export async function walk(t: TestApp, id: string, steps: Array<[string, string, Record<string, unknown>?]>): Promise<FormBody> {
  let last: FormBody | undefined;
  for (const [who, action, body] of steps) {
    const res = await act(t, who, id, action, body ?? {});
    expect(res.statusCode, `${who} ${action}: ${res.body}`).toBe(200);
    last = res.json();
  }
  return last!;
}

export interface FormBody {
  id: string;
  number: string;
  status: string;
  dueDate: string;
  overdue: boolean;
  version: number;
  allowedActions: string[];
  canEdit: boolean;
  replyText: string | null;
  fromServiceCenter: { id: string; name: string } | null;
  toDepartment: { id: string; name: string };
  history: { action: string; fromStatus: string | null; toStatus: string | null; actor: { id: string; name: string }; note: string | null }[];
}

export async function noticesOf(t: TestApp, userId: string, formId: string) {
  return t.ctx.db.selectFrom('notifications').select(['kind', 'title', 'body']).where('user_id', '=', userId).where('link', '=', `/liaison-forms?id=${formId}`).orderBy('id').execute();
}
