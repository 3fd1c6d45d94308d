import type { TrainingPlanTimetable } from '@guanjia/domain/training/training-plan-schedule';
import type { PlanRow } from './training-access.js';

/** The row's recurrence as the domain's timetable. */
export function timetableOf(plan: Pick<PlanRow, 'start_date' | 'recurrence' | 'every_weeks' | 'day_of_month'>): TrainingPlanTimetable {
  return {
    startDate: plan.start_date,
    recurrence: plan.recurrence === 'everyWeeks' ? { kind: 'everyWeeks', weeks: plan.every_weeks ?? 1 } : { kind: 'monthly', dayOfMonth: plan.day_of_month ?? 1 },
  };
}
