import type { JobDeps } from '../../platform/jobs/handlers.js';
import type { JobHandler, JobHandlers } from '../../platform/jobs/job-runner.js';
import { defineSchedule, type Schedule } from '../../platform/jobs/schedule.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import { materializeWakeUpCalls } from './materialize-wake-up-calls.js';
import { remindUnconfirmedRelays } from './remind-unconfirmed-relays.js';
import { sendGreetings } from './send-greetings.js';

export const MATERIALIZE_WAKE_UP_CALLS = 'lifeSecretary.materializeWakeUpCalls';
export const REMIND_UNCONFIRMED_RELAYS = 'lifeSecretary.remindUnconfirmedRelays';
export const SEND_GREETINGS = 'lifeSecretary.sendGreetings';

export function materializeWakeUpCallsJob(): JobHandler<unknown> {
  return async (_payload, ctx) => {
    await materializeWakeUpCalls(ctx.db, ctx.now());
  };
}

export function remindUnconfirmedRelaysJob(deps: JobDeps = {}): JobHandler<unknown> {
  return async (_payload, ctx) => {
    const run = await remindUnconfirmedRelays(ctx.db, ctx.now());
    if (deps.notifier) publishNotifications(deps.notifier, run.notifications);
  };
}

/** What was sent stays sent; a project that failed (no SMS template code …) fails the job so it is retried and seen. */
export function sendGreetingsJob(): JobHandler<unknown> {
  return async (_payload, ctx) => {
    const run = await sendGreetings(ctx.db, ctx.now());
    if (run.failures.length) throw new Error(`greetings failed: ${run.failures.map((f) => `${f.projectId}: ${f.error}`).join('; ')}`);
  };
}

export const materializeWakeUpCallsSchedule = defineSchedule({ name: 'lifeSecretary.materializeWakeUpCalls.everyMinute', cron: '* * * * *', jobType: MATERIALIZE_WAKE_UP_CALLS, maxAttempts: 3 });
export const remindUnconfirmedRelaysSchedule = defineSchedule({ name: 'lifeSecretary.remindUnconfirmedRelays.quarterly', cron: '*/15 * * * *', jobType: REMIND_UNCONFIRMED_RELAYS, maxAttempts: 3 });
/** 09:00 Shanghai: greetings arrive in the morning, after quiet hours. */
export const sendGreetingsSchedule = defineSchedule({ name: 'lifeSecretary.sendGreetings.daily', cron: '0 9 * * *', jobType: SEND_GREETINGS, maxAttempts: 3 });

export function lifeSecretaryJobHandlers(deps: JobDeps = {}): JobHandlers {
  return { [MATERIALIZE_WAKE_UP_CALLS]: materializeWakeUpCallsJob(), [REMIND_UNCONFIRMED_RELAYS]: remindUnconfirmedRelaysJob(deps), [SEND_GREETINGS]: sendGreetingsJob() };
}

export const lifeSecretaryJobSchedules: Schedule[] = [materializeWakeUpCallsSchedule, remindUnconfirmedRelaysSchedule, sendGreetingsSchedule];
