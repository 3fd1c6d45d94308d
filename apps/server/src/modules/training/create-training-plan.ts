import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { BusinessRuleError, ValidationError } from '../../platform/http/errors.js';
import type { CreatePlanBody } from './schemas.js';
import { assertOrganiser, assertProjectTrainees, loadCourse, type PlanRow } from './training-access.js';

/** 定期培训计划: a course every N weeks or monthly on a day; the daily job creates its sessions ahead. */
export async function createTrainingPlan(trx: Tx, actor: Actor, input: CreatePlanBody, now: Date = new Date()): Promise<PlanRow> {
  assertOrganiser(actor);
  const course = await loadCourse(trx, actor, input.courseId);
  if (course.project_id !== input.projectId) throw new ValidationError({ courseId: 'training.field.courseNotInProject' });
  if (course.active !== 1) throw new BusinessRuleError('COURSE_RETIRED', 'training.error.courseRetired');
  if (input.recurrence === 'everyWeeks' && !input.everyWeeks) throw new ValidationError({ everyWeeks: 'training.field.everyWeeksRequired' });
  if (input.recurrence === 'monthly' && !input.dayOfMonth) throw new ValidationError({ dayOfMonth: 'training.field.dayOfMonthRequired' });
  await assertProjectTrainees(trx, input.projectId, [input.trainerId], 'trainerId');
  const plan: PlanRow = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: input.projectId,
    course_id: course.id,
    trainer_id: input.trainerId,
    recurrence: input.recurrence,
    every_weeks: input.recurrence === 'everyWeeks' ? input.everyWeeks! : null,
    day_of_month: input.recurrence === 'monthly' ? input.dayOfMonth! : null,
    start_date: input.startDate,
    start_time: input.startTime,
    place: input.place,
    active: 1,
    created_by: actor.userId,
    ...newRowStamp(now.toISOString()),
  };
  await trx.insertInto('training_plans').values(plan).execute();
  await recordAudit(trx, actor, plan.company_id, { action: 'trainingPlan.create', entityType: 'trainingPlan', entityId: plan.id, projectId: plan.project_id, after: plan });
  return plan;
}
