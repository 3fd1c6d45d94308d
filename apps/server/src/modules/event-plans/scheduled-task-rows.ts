import { uuidv7 } from '@guanjia/domain';
import type { ScheduledTask } from '@guanjia/domain/event-plans/backward-schedule';
import { newRowStamp } from '../../platform/db/transaction.js';
import type { EventPlanRow, EventPlanTaskRow } from './event-plan-access.js';

/** The plan's task rows for a computed schedule: unowned and not done unless the task says so. */
export function scheduledTaskRows(plan: Pick<EventPlanRow, 'id' | 'company_id' | 'project_id'>, schedule: readonly ScheduledTask[], at: string): EventPlanTaskRow[] {
  return schedule.map((t) => ({
    id: uuidv7(),
    company_id: plan.company_id,
    project_id: plan.project_id,
    plan_id: plan.id,
    task_key: t.key,
    title: t.title,
    days_before: t.daysBefore,
    office_only: t.officeOnly ? 1 : 0,
    rehearsal: t.rehearsal ? 1 : 0,
    due_date: t.dueDate,
    moved_from: t.movedFrom,
    source: t.source ?? null,
    owner_id: t.ownerId,
    done_at: null,
    done_by: null,
    reminded_on: null,
    ...newRowStamp(at),
  }));
}
