import { businessDate } from '@guanjia/domain';
import { occurrenceBefore, occurrenceOnOrAfter, planOverdue } from '@guanjia/domain/training/training-plan-schedule';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { userNames, type PlanRow } from './training-access.js';
import { timetableOf } from './training-plan-timetable.js';

/** The project's plans with their next date, the last due date and whether that session took place. */
export async function listTrainingPlans(db: DbOrTx, actor: Actor, projectId: string, now: Date = new Date()) {
  assertProjectVisible(actor, projectId, 'entity.project');
  const plans = await db.selectFrom('training_plans').selectAll().where('company_id', '=', actor.companyId).where('project_id', '=', projectId).orderBy('created_at').execute();
  return presentPlans(db, plans, businessDate(now));
}

export async function presentPlans(db: DbOrTx, plans: PlanRow[], today: string) {
  if (!plans.length) return [];
  const [courses, sessions] = await Promise.all([
    db.selectFrom('training_courses').select(['id', 'title', 'audience']).where('id', 'in', plans.map((p) => p.course_id)).execute(),
    db.selectFrom('training_sessions').select(['id', 'plan_id', 'session_date', 'status']).where('plan_id', 'in', plans.map((p) => p.id)).execute(),
  ]);
  const user = await userNames(db, plans.map((p) => p.trainer_id));
  return plans.map((p) => {
    const timetable = timetableOf(p);
    const lastDue = occurrenceBefore(timetable, today);
    const next = occurrenceOnOrAfter(timetable, today);
    const mine = sessions.filter((s) => s.plan_id === p.id);
    const lastSession = lastDue ? mine.find((s) => s.session_date === lastDue) : undefined;
    const nextSession = mine.find((s) => s.session_date === next);
    const course = courses.find((c) => c.id === p.course_id);
    return {
      id: p.id,
      projectId: p.project_id,
      course: course ? { id: course.id, title: course.title, audience: course.audience } : null,
      trainer: user(p.trainer_id),
      recurrence: p.recurrence,
      everyWeeks: p.every_weeks,
      dayOfMonth: p.day_of_month,
      startDate: p.start_date,
      startTime: p.start_time,
      place: p.place,
      active: p.active === 1,
      nextDate: next,
      nextSessionId: nextSession?.id ?? null,
      lastDueDate: lastDue,
      lastDueStatus: lastSession?.status ?? null,
      overdue: p.active === 1 && planOverdue({ date: lastDue, sessionStatus: lastSession?.status ?? null }),
      version: p.version,
    };
  });
}
