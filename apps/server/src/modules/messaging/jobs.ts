import { loadConfig } from '../../platform/config.js';
import type { JobDeps } from '../../platform/jobs/handlers.js';
import { withGiveUp, type JobHandler, type JobHandlers } from '../../platform/jobs/job-runner.js';
import { defineSchedule, type Schedule } from '../../platform/jobs/schedule.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import { buildChannelSenders, processBuckets } from './channel-setup.js';
import { deliverMessages } from './deliver-messages.js';
import { EXPAND_BROADCAST, expandBroadcast } from './expand-broadcast.js';
import { markBroadcastFailed } from './retry-broadcast.js';
import { DELIVER_MESSAGES, enqueueDeliveryJob } from './message-events.js';

export { DELIVER_MESSAGES } from './message-events.js';
export { EXPAND_BROADCAST } from './expand-broadcast.js';

/** A run sends for at most this long, then hands over to a fresh job (a 100,000-SMS broadcast takes half an hour). */
const RUN_BUDGET_MS = 50_000;

/** The job: deliver what is due; in-app notices reach open streams when it runs inside the web process. */
export function deliverMessagesJob(deps: JobDeps = {}): JobHandler<unknown> {
  return async (_payload, ctx) => {
    // Jobs get no config from the runner; the providers' settings are read from the environment.
    const config = loadConfig();
    const run = await deliverMessages(ctx.db, { senders: buildChannelSenders(config), buckets: processBuckets(config), budgetMs: RUN_BUDGET_MS });
    if (deps.notifier) publishNotifications(deps.notifier, run.notifications);
    if (run.more) await enqueueDeliveryJob(ctx.db, new Date(ctx.now().getTime() + 1000), ctx.now());
  };
}

/**
 * The job: writes a broadcast's messages chunk by chunk after the request answered; a repeat resumes
 * at the cursor. When its last attempt fails, or its worker dies during it, the broadcast shows as
 * failed with the reason, for a sender to retry, instead of expanding for ever.
 */
export function expandBroadcastJob(expand: typeof expandBroadcast = expandBroadcast): JobHandler<{ broadcastId: string }> {
  return withGiveUp<{ broadcastId: string }>(
    async (payload, ctx) => {
      await expand(ctx.db, payload.broadcastId, { now: ctx.now });
    },
    (payload, cause, ctx) => markBroadcastFailed(ctx.db, payload.broadcastId, cause),
  );
}

/** Every minute: deferred messages come due at the end of quiet hours, retries after their backoff. */
export const deliverMessagesSchedule = defineSchedule({ name: 'messaging.deliver.everyMinute', cron: '* * * * *', jobType: DELIVER_MESSAGES, maxAttempts: 3 });

export function messagingJobHandlers(deps: JobDeps = {}): JobHandlers {
  return { [DELIVER_MESSAGES]: deliverMessagesJob(deps), [EXPAND_BROADCAST]: expandBroadcastJob() };
}

export const messagingJobSchedules: Schedule[] = [deliverMessagesSchedule];
