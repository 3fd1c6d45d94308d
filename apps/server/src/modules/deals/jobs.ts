import type { JobDeps } from '../../platform/jobs/handlers.js';
import type { JobHandlers } from '../../platform/jobs/job-runner.js';
import { defineSchedule, type Schedule } from '../../platform/jobs/schedule.js';
import { purgeWebhookDeliveries } from './purge-webhook-deliveries.js';

export const PURGE_DEAL_WEBHOOK_DELIVERIES = 'deals.purgeWebhookDeliveries';

/** Every night at 03:30 Shanghai time. */
export const purgeDealWebhookDeliveriesSchedule = defineSchedule({
  name: 'deals.purgeWebhookDeliveries.nightly',
  cron: '30 3 * * *',
  jobType: PURGE_DEAL_WEBHOOK_DELIVERIES,
  maxAttempts: 3,
});

export function dealJobHandlers(_deps: JobDeps = {}): JobHandlers {
  return {
    [PURGE_DEAL_WEBHOOK_DELIVERIES]: async (_payload, ctx) => {
      await purgeWebhookDeliveries(ctx.db, ctx.now());
    },
  };
}

export const dealJobSchedules: Schedule[] = [purgeDealWebhookDeliveriesSchedule];
