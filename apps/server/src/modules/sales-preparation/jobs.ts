import type { JobDeps } from '../../platform/jobs/handlers.js';
import type { JobHandler, JobHandlers } from '../../platform/jobs/job-runner.js';
import { defineSchedule, type Schedule } from '../../platform/jobs/schedule.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import { remindOverdueChecklistItems } from './remind-overdue-checklist-items.js';

export const REMIND_OVERDUE_CHECKLIST_ITEMS = 'salesPreparation.remindOverdueItems';

/** The job: alert, then push the notices to open streams when running inside the web process. */
export function remindOverdueChecklistItemsJob(deps: JobDeps = {}): JobHandler<unknown> {
  return async (_payload, ctx) => {
    const run = await remindOverdueChecklistItems(ctx.db, ctx.now());
    if (deps.notifier) publishNotifications(deps.notifier, run.notifications);
  };
}

/** Every morning at 08:30 Shanghai time, with the other preparation reminders. */
export const remindOverdueChecklistItemsSchedule = defineSchedule({
  name: 'salesPreparation.remindOverdueItems.daily',
  cron: '30 8 * * *',
  jobType: REMIND_OVERDUE_CHECKLIST_ITEMS,
  maxAttempts: 3,
});

export function salesPreparationJobHandlers(deps: JobDeps = {}): JobHandlers {
  return { [REMIND_OVERDUE_CHECKLIST_ITEMS]: remindOverdueChecklistItemsJob(deps) };
}

export const salesPreparationJobSchedules: Schedule[] = [remindOverdueChecklistItemsSchedule];
