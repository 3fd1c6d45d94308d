import { businessDate } from '@guanjia/domain';
import type { JobDeps } from '../../platform/jobs/handlers.js';
import type { JobHandler, JobHandlers } from '../../platform/jobs/job-runner.js';
import { defineSchedule, type Schedule } from '../../platform/jobs/schedule.js';
import { RAISE_HANDOFF_ALERT, type HandoffAlertPayload } from './hand-off-to-consultant.js';
import { closePastAppointments } from './close-past-appointments.js';
import { publishBoard } from './publish-board.js';
import { raiseHandoffAlert } from './raise-handoff-alert.js';

export { RAISE_HANDOFF_ALERT } from './hand-off-to-consultant.js';
export const CLOSE_PAST_APPOINTMENTS = 'reception.closePastAppointments';

/** The delayed alert: raise it if the visitor still waits, then tell the board (at once when running in the web process). */
export function raiseHandoffAlertJob(deps: JobDeps = {}): JobHandler<HandoffAlertPayload> {
  return async (payload, ctx) => {
    const outcome = await raiseHandoffAlert(ctx.db, payload, ctx.now());
    if (outcome.raised) publishBoard(deps.notifier, outcome.raised.sales_center_id, 'alert');
  };
}

/** Shortly after midnight: appointments of past days still expected become no-shows. */
export const closePastAppointmentsJob: JobHandler<unknown> = async (_payload, ctx) => {
  await closePastAppointments(ctx.db, businessDate(ctx.now()), ctx.now());
};

export const closePastAppointmentsSchedule = defineSchedule({
  name: 'reception.closePastAppointments.daily',
  cron: '5 0 * * *',
  jobType: CLOSE_PAST_APPOINTMENTS,
  maxAttempts: 3,
});

export function receptionJobHandlers(deps: JobDeps = {}): JobHandlers {
  return { [RAISE_HANDOFF_ALERT]: raiseHandoffAlertJob(deps), [CLOSE_PAST_APPOINTMENTS]: closePastAppointmentsJob };
}

export const receptionJobSchedules: Schedule[] = [closePastAppointmentsSchedule];
