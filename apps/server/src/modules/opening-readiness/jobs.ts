import type { JobDeps } from '../../platform/jobs/handlers.js';
import type { JobHandler, JobHandlers } from '../../platform/jobs/job-runner.js';
import { defineSchedule, type Schedule } from '../../platform/jobs/schedule.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import { alertOpeningMilestones } from './alert-opening-milestones.js';

export const ALERT_OPENING_MILESTONES = 'openingReadiness.alertMilestones';

/** The job: alert, then push the notices to open streams when running inside the web process. */
export function alertOpeningMilestonesJob(deps: JobDeps = {}): JobHandler<unknown> {
  return async (_payload, ctx) => {
    const run = await alertOpeningMilestones(ctx.db, ctx.now());
    if (deps.notifier) publishNotifications(deps.notifier, run.notifications);
  };
}

/** Every morning at 08:30 Shanghai time. */
export const alertOpeningMilestonesSchedule = defineSchedule({
  name: 'openingReadiness.alertMilestones.daily',
  cron: '30 8 * * *',
  jobType: ALERT_OPENING_MILESTONES,
  maxAttempts: 3,
});

export function openingReadinessJobHandlers(deps: JobDeps = {}): JobHandlers {
  return { [ALERT_OPENING_MILESTONES]: alertOpeningMilestonesJob(deps) };
}

export const openingReadinessJobSchedules: Schedule[] = [alertOpeningMilestonesSchedule];
