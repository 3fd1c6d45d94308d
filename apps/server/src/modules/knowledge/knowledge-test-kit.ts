import { expect } from 'vitest';
import type { TestApp } from '../../testing/test-app.js';

/** What the entry endpoints answer (the parts the tests read). */
export interface EntryDetail {
  id: string;
  bank: 'sales' | 'service';
  state: 'published' | 'draft' | 'retired';
  title: string;
  version: number;
  publishedVersionId: string | null;
  publishedVersion: { id: string; number: number; answer: string } | null;
  pendingCount: number;
  versions: Array<{
    id: string;
    entryId: string;
    number: number;
    status: string;
    question: string;
    answer: string;
    approvalRequestId: string | null;
    rejectionReason: string | null;
    allowedActions: string[];
    canEdit: boolean;
    events: Array<{ action: string; toStatus: string; comment: string | null }>;
  }>;
}

let counter = 0;
/** A question no demo entry uses, so search results are about this test's entry only. */
export const uniqueQuestion = (topic: string) => `${topic}（测试${++counter}）`;

export const p1 = (t: TestApp) => t.demo.projectIds[0];

/** A new entry with its first draft, created by `who` (the butler unless told). */
export async function createEntry(
  t: TestApp,
  body: { bank: 'sales' | 'service'; category: string; question: string; answer?: string; keywords?: string[] },
  who = 'butler',
  projectId = p1(t),
): Promise<EntryDetail> {
  const res = await t.as(who).post('/api/knowledge/entries', { projectId, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export async function getEntry(t: TestApp, id: string, who = 'manager'): Promise<EntryDetail> {
  const res = await t.as(who).get(`/api/knowledge/entries/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export const versionOf = (entry: EntryDetail, number: number) => entry.versions.find((v) => v.number === number)!;

/** Posts a version action and returns the response. */
export function act(t: TestApp, who: string, versionId: string, action: string, body: Record<string, unknown> = {}) {
  return t.as(who).post(`/api/knowledge/versions/${versionId}/${action}`, body);
}

/** A service entry published by the manager, with its answer. */
export async function publishedServiceEntry(t: TestApp, question: string, answer: string, keywords: string[] = []): Promise<EntryDetail> {
  const entry = await createEntry(t, { bank: 'service', category: 'services', question, answer, keywords });
  const res = await act(t, 'manager', entry.versions[0].id, 'publish', { entryVersion: entry.version });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export async function search(t: TestApp, q: string, who = 'butler', projectId = p1(t), extra = '') {
  return t.as(who).get(`/api/knowledge/search?projectId=${projectId}&q=${encodeURIComponent(q)}${extra}`);
}
