import type { Db } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import type { JobDeps } from '../../platform/jobs/handlers.js';
import type { JobHandler, JobHandlers } from '../../platform/jobs/job-runner.js';
import { defineSchedule, type Schedule } from '../../platform/jobs/schedule.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import { createDueCareWorkOrders } from './create-due-work-orders.js';
import { REFRESH_CARE_SUGGESTIONS, REFRESH_PROJECT_CARE_SUGGESTIONS } from './enqueue-care-refresh.js';
import { refreshCareSuggestions } from './refresh-care-suggestions.js';
import { refreshProjectCareSuggestions } from './refresh-project-care-suggestions.js';

export const CREATE_DUE_CARE_WORK_ORDERS = 'carePlans.createDueWorkOrders';

/** The job: today's care-plan work orders, then their notices to open streams when inside the web process. */
export function createDueWorkOrdersJob(deps: JobDeps = {}): JobHandler<unknown> {
  return async (_payload, ctx) => {
    const run = await createDueCareWorkOrders(ctx.db, ctx.now());
    if (deps.notifier) publishNotifications(deps.notifier, run.notifications);
  };
}

/** Every 15 minutes (Shanghai): a plan due today gets its order early in the morning, a new plan within a quarter hour. */
export const createDueWorkOrdersSchedule = defineSchedule({
  name: 'carePlans.createDueWorkOrders.quarterHourly',
  cron: '*/15 * * * *',
  jobType: CREATE_DUE_CARE_WORK_ORDERS,
  maxAttempts: 3,
});

const refreshHousehold: JobHandler<{ householdId: string }> = async (payload, ctx) => {
  await inTransaction(ctx.db as Db, (trx) => refreshCareSuggestions(trx, null, payload.householdId, ctx.now()));
};

const refreshProject: JobHandler<{ projectId: string }> = async (payload, ctx) => {
  await refreshProjectCareSuggestions(ctx.db, payload.projectId, ctx.now());
};

export function carePlanJobHandlers(deps: JobDeps = {}): JobHandlers {
  return {
    [CREATE_DUE_CARE_WORK_ORDERS]: createDueWorkOrdersJob(deps),
    [REFRESH_CARE_SUGGESTIONS]: refreshHousehold,
    [REFRESH_PROJECT_CARE_SUGGESTIONS]: refreshProject,
  };
}

export const carePlanJobSchedules: Schedule[] = [createDueWorkOrdersSchedule];
