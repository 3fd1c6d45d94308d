import type { Tx } from '../../platform/db/transaction.js';
import { enqueueJob } from '../../platform/jobs/enqueue-job.js';

export const REFRESH_CARE_SUGGESTIONS = 'carePlans.refreshSuggestions';
export const REFRESH_PROJECT_CARE_SUGGESTIONS = 'carePlans.refreshProjectSuggestions';

/** After a household's profile changed, in that transaction: its care suggestions are refreshed by the worker. */
export async function enqueueCareRefresh(trx: Tx, h: { companyId: string; projectId: string; householdId: string }): Promise<void> {
  await enqueueJob(trx, { type: REFRESH_CARE_SUGGESTIONS, payload: { householdId: h.householdId }, companyId: h.companyId, projectId: h.projectId, maxAttempts: 5 });
}

/** After a project's rules changed: every household with a profile is refreshed. */
export async function enqueueProjectCareRefresh(trx: Tx, p: { companyId: string; projectId: string }): Promise<void> {
  await enqueueJob(trx, { type: REFRESH_PROJECT_CARE_SUGGESTIONS, payload: { projectId: p.projectId }, companyId: p.companyId, projectId: p.projectId, maxAttempts: 5 });
}
