import { businessDate } from '@guanjia/domain';
import { occurrenceOnOrAfter } from '@guanjia/domain/training/training-plan-schedule';
import { AUDIENCE_ROLES } from '@guanjia/domain/training/training-topics';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import type { NotificationRow } from '../notifications/notify.js';
import { insertTrainingSession } from './create-training-session.js';
import './messages.js';
import { projectTrainees } from './training-access.js';
import { timetableOf } from './training-plan-timetable.js';

export interface PlannedSessionRun {
  created: number;
  notifications: NotificationRow[];
}

/**
 * The daily job: every active plan has its next session (on or after today) created ahead, with the
 * course's audience of the project invited (售楼员 for the sales-staff course). A session exists
 * once per plan and date (unique), however often or concurrently the job runs.
 */
export async function createPlannedSessions(db: Db, now: Date): Promise<PlannedSessionRun> {
  const today = businessDate(now);
  const run: PlannedSessionRun = { created: 0, notifications: [] };
  const plans = await db.selectFrom('training_plans').select('id').where('active', '=', 1).orderBy('id').execute();
  for (const { id } of plans) {
    try {
      const notices = await inTransaction(db, async (trx) => {
        const plan = await trx.selectFrom('training_plans').selectAll().where('id', '=', id).where('active', '=', 1).executeTakeFirst();
        if (!plan) return null;
        const date = occurrenceOnOrAfter(timetableOf(plan), today);
        const exists = await trx.selectFrom('training_sessions').select('id').where('plan_id', '=', plan.id).where('session_date', '=', date).executeTakeFirst();
        if (exists) return null;
        const course = await trx.selectFrom('training_courses').selectAll().where('id', '=', plan.course_id).executeTakeFirstOrThrow();
        if (course.active !== 1) return null;
        const audience = AUDIENCE_ROLES[course.audience];
        const trainees = (await projectTrainees(trx, plan.project_id)).filter((u) => u.id !== plan.trainer_id && u.roles.some((r) => audience.includes(r))).map((u) => u.id);
        if (!trainees.length) return null;
        const made = await insertTrainingSession(trx, null, { course, sessionDate: date, startTime: plan.start_time, place: plan.place, trainerId: plan.trainer_id, traineeIds: trainees, planId: plan.id }, now.toISOString());
        await recordAudit(trx, null, plan.company_id, { action: 'trainingSession.createFromPlan', entityType: 'trainingSession', entityId: made.session.id, projectId: plan.project_id, after: made.session });
        return made.notifications;
      });
      if (notices) {
        run.created++;
        run.notifications.push(...notices);
      }
    } catch (err) {
      // Another run created the same date's session first.
      if (!isUniqueViolation(err)) throw err;
    }
  }
  return run;
}
