import type { JobDeps } from '../../platform/jobs/handlers.js';
import type { JobHandler, JobHandlers } from '../../platform/jobs/job-runner.js';
import { defineSchedule, type Schedule } from '../../platform/jobs/schedule.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import { flagMissedDrills } from './flag-missed-drills.js';

export const FLAG_MISSED_DRILLS = 'etiquetteDrills.flagMissed';

/** The job: flag the drills whose hour passed unrecorded, then push the notices to open streams when inside the web process. */
export function flagMissedDrillsJob(deps: JobDeps = {}): JobHandler<unknown> {
  return async (_payload, ctx) => {
    const run = await flagMissedDrills(ctx.db, ctx.now());
    if (deps.notifier) publishNotifications(deps.notifier, run.notifications);
  };
}

/** Five minutes past every hour: slots end on the hour of their period's grid, most on the hour. */
export const flagMissedDrillsSchedule = defineSchedule({
  name: 'etiquetteDrills.flagMissed.hourly',
  cron: '5 * * * *',
  jobType: FLAG_MISSED_DRILLS,
  maxAttempts: 3,
});

export function etiquetteDrillJobHandlers(deps: JobDeps = {}): JobHandlers {
  return { [FLAG_MISSED_DRILLS]: flagMissedDrillsJob(deps) };
}

export const etiquetteDrillJobSchedules: Schedule[] = [flagMissedDrillsSchedule];
