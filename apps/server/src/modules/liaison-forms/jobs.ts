import type { JobDeps } from '../../platform/jobs/handlers.js';
import type { JobHandler, JobHandlers } from '../../platform/jobs/job-runner.js';
import { defineSchedule, type Schedule } from '../../platform/jobs/schedule.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import './messages.js';
import { remindLiaisonForms } from './remind-liaison-forms.js';

export const REMIND_LIAISON_FORMS = 'liaisonForms.remind';

/** The job: remind, then push the notices to open streams when running inside the web process. */
export function remindLiaisonFormsJob(deps: JobDeps = {}): JobHandler<unknown> {
  return async (_payload, ctx) => {
    const run = await remindLiaisonForms(ctx.db, ctx.now());
    if (deps.notifier) publishNotifications(deps.notifier, run.notifications);
  };
}

/** Every morning at 08:30 Shanghai time, before the butler's opening check asks about the forms. */
export const remindLiaisonFormsSchedule = defineSchedule({
  name: 'liaisonForms.remind.daily',
  cron: '30 8 * * *',
  jobType: REMIND_LIAISON_FORMS,
  maxAttempts: 3,
});

export function liaisonFormJobHandlers(deps: JobDeps = {}): JobHandlers {
  return { [REMIND_LIAISON_FORMS]: remindLiaisonFormsJob(deps) };
}

export const liaisonFormJobSchedules: Schedule[] = [remindLiaisonFormsSchedule];
