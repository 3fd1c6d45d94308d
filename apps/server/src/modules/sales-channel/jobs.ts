import type { JobDeps } from '../../platform/jobs/handlers.js';
import type { JobHandler, JobHandlers } from '../../platform/jobs/job-runner.js';
import { defineSchedule, type Schedule } from '../../platform/jobs/schedule.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import './messages.js';
import { remindSalesChannel } from './remind-sales-channel.js';

export const REMIND_SALES_CHANNEL = 'salesChannel.remind';

/** The job: remind, then push the notices to open streams when running inside the web process. */
export function remindSalesChannelJob(deps: JobDeps = {}): JobHandler<unknown> {
  return async (_payload, ctx) => {
    const run = await remindSalesChannel(ctx.db, ctx.now());
    if (deps.notifier) publishNotifications(deps.notifier, run.notifications);
  };
}

/** Every morning at 08:45 Shanghai time, after the liaison-form reminders. */
export const remindSalesChannelSchedule = defineSchedule({
  name: 'salesChannel.remind.daily',
  cron: '45 8 * * *',
  jobType: REMIND_SALES_CHANNEL,
  maxAttempts: 3,
});

export function salesChannelJobHandlers(deps: JobDeps = {}): JobHandlers {
  return { [REMIND_SALES_CHANNEL]: remindSalesChannelJob(deps) };
}

export const salesChannelJobSchedules: Schedule[] = [remindSalesChannelSchedule];
