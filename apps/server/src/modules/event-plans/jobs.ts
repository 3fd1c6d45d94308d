import type { JobDeps } from '../../platform/jobs/handlers.js';
import type { JobHandler, JobHandlers } from '../../platform/jobs/job-runner.js';
import { defineSchedule, type Schedule } from '../../platform/jobs/schedule.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import './messages.js';
import { remindOverdueTasks } from './remind-overdue-tasks.js';

export const REMIND_OVERDUE_EVENT_TASKS = 'eventPlans.remindOverdue';

/** The job: remind, then push the notices to open streams when running inside the web process. */
export function remindOverdueEventTasksJob(deps: JobDeps = {}): JobHandler<unknown> {
  return async (_payload, ctx) => {
    const run = await remindOverdueTasks(ctx.db, ctx.now());
    if (deps.notifier) publishNotifications(deps.notifier, run.notifications);
  };
}

/** Every morning at 08:30 Shanghai time, before the day's preparation starts. */
export const remindOverdueEventTasksSchedule = defineSchedule({
  name: 'eventPlans.remindOverdue.daily',
  cron: '30 8 * * *',
  jobType: REMIND_OVERDUE_EVENT_TASKS,
  maxAttempts: 3,
});

export function eventPlanJobHandlers(deps: JobDeps = {}): JobHandlers {
  return { [REMIND_OVERDUE_EVENT_TASKS]: remindOverdueEventTasksJob(deps) };
}

export const eventPlanJobSchedules: Schedule[] = [remindOverdueEventTasksSchedule];
