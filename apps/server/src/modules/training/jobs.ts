import type { JobDeps } from '../../platform/jobs/handlers.js';
import type { JobHandler, JobHandlers } from '../../platform/jobs/job-runner.js';
import { defineSchedule, type Schedule } from '../../platform/jobs/schedule.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import { createPlannedSessions } from './create-planned-sessions.js';

export const CREATE_PLANNED_TRAINING_SESSIONS = 'training.createPlannedSessions';

/** The job: create the plans' next sessions, then push the notices to open streams when inside the web process. */
export function createPlannedSessionsJob(deps: JobDeps = {}): JobHandler<unknown> {
  return async (_payload, ctx) => {
    const run = await createPlannedSessions(ctx.db, ctx.now());
    if (deps.notifier) publishNotifications(deps.notifier, run.notifications);
  };
}

/** Every morning at 07:00 Shanghai time. */
export const createPlannedSessionsSchedule = defineSchedule({
  name: 'training.createPlannedSessions.daily',
  cron: '0 7 * * *',
  jobType: CREATE_PLANNED_TRAINING_SESSIONS,
  maxAttempts: 3,
});

export function trainingJobHandlers(deps: JobDeps = {}): JobHandlers {
  return { [CREATE_PLANNED_TRAINING_SESSIONS]: createPlannedSessionsJob(deps) };
}

export const trainingJobSchedules: Schedule[] = [createPlannedSessionsSchedule];
