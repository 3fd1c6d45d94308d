import type { JobDeps } from '../../platform/jobs/handlers.js';
import type { JobHandler, JobHandlers } from '../../platform/jobs/job-runner.js';
import { defineSchedule, type Schedule } from '../../platform/jobs/schedule.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import { remindDueVisits } from './remind-due-visits.js';

export const REMIND_DUE_OWNER_VISITS = 'ownerVisits.remindDue';

/** The job: remind the butlers, then push the notices to open streams when inside the web process. */
export function remindDueVisitsJob(deps: JobDeps = {}): JobHandler<unknown> {
  return async (_payload, ctx) => {
    const run = await remindDueVisits(ctx.db, ctx.now());
    if (deps.notifier) publishNotifications(deps.notifier, run.notifications);
  };
}

/** Every morning at 09:00 Shanghai time. */
export const remindDueVisitsSchedule = defineSchedule({
  name: 'ownerVisits.remindDue.daily',
  cron: '0 9 * * *',
  jobType: REMIND_DUE_OWNER_VISITS,
  maxAttempts: 3,
});

export function ownerVisitJobHandlers(deps: JobDeps = {}): JobHandlers {
  return { [REMIND_DUE_OWNER_VISITS]: remindDueVisitsJob(deps) };
}

export const ownerVisitJobSchedules: Schedule[] = [remindDueVisitsSchedule];
