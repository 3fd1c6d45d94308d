import type { JobContext } from '../../platform/jobs/job-runner.js';
import type { TestApp } from '../../testing/test-app.js';
import { newOwnerWithLink } from '../questionnaires/questionnaire-test-kit.js';
import { REFRESH_CARE_SUGGESTIONS, REFRESH_PROJECT_CARE_SUGGESTIONS } from './enqueue-care-refresh.js';
import { carePlanJobHandlers } from './jobs.js';

export const jobContext = (t: TestApp, type: string, now: Date): JobContext => ({
  db: t.ctx.db,
  dialect: t.ctx.dialect,
  job: { id: `job-${type}`, type, attempt: 1, maxAttempts: 3, companyId: null, projectId: null },
  workerId: 'test-worker',
  now: () => now,
});

/** Runs the queued suggestion refreshes as the worker would, and marks them done; returns how many ran. */
export async function runCareRefreshJobs(t: TestApp, now: Date = new Date()): Promise<number> {
  const jobs = await t.ctx.db.selectFrom('jobs').select(['id', 'type', 'payload']).where('type', 'in', [REFRESH_CARE_SUGGESTIONS, REFRESH_PROJECT_CARE_SUGGESTIONS]).where('status', '=', 'queued').orderBy('id').execute();
  const handlers = carePlanJobHandlers();
  for (const job of jobs) {
    await handlers[job.type]!(JSON.parse(job.payload), jobContext(t, job.type, now));
    await t.ctx.db.updateTable('jobs').set({ status: 'succeeded' }).where('id', '=', job.id).execute();
  }
  return jobs.length;
}

export const profileOf = (patch: Record<string, unknown> = {}) => ({ members: [], tags: [], personality: [], preferences: [], habits: [], needs: [], usualTimes: [], notes: null, ...patch });
export const grandmother = { name: '郑奶奶', relation: 'parent', ageBand: '80plus' };

/** A new household of project 1 whose profile the butler records with an 80-year-old parent: an elderly household. */
export async function elderlyHousehold(t: TestApp, ownerName: string, extra: Record<string, unknown> = {}): Promise<{ householdId: string; ownerId: string }> {
  const { householdId, ownerId } = await newOwnerWithLink(t, ownerName);
  const res = await t.as('butler').put(`/api/households/${householdId}/service-profile`, { version: 0, profile: profileOf({ members: [grandmother], ...extra }) });
  if (res.statusCode !== 200) throw new Error(res.body);
  return { householdId, ownerId };
}

export interface SuggestionView {
  id: string;
  actionKey: string;
  status: string;
  version: number;
  proposal: { title: string; categoryNumber: number; itemNumber: number; recurrence: unknown; timeOfDay: string | null };
  allowedActions: string[];
}

export async function suggestionsOf(t: TestApp, householdId: string, status?: string): Promise<SuggestionView[]> {
  const res = await t.as('butler').get(`/api/care-suggestions?householdId=${householdId}${status ? `&status=${status}` : ''}&pageSize=50`);
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json().items;
}
