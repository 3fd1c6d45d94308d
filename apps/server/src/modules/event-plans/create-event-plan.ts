import { businessDate } from '@guanjia/domain';
import { defaultTemplateFor, scheduleFromTemplate } from '@guanjia/domain/event-plans/backward-schedule';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { ValidationError } from '../../platform/http/errors.js';
import { getWorkingCalendar } from '../calendar/working-calendar-cache.js';
import { assertSalesCenterOfProject } from './event-plan-rules.js';
import type { EventPlanRow } from './event-plan-access.js';
import { newEventPlanRow } from './new-event-plan-row.js';
import { recordEventPlanEvent } from './record-event-plan-event.js';
import { scheduledTaskRows } from './scheduled-task-rows.js';
import type { CreateEventPlanBody } from './schemas.js';

/**
 * A draft with the kind's default backward schedule, each task dated from the event date on the
 * national calendar (office-only tasks off days off, the rehearsal two calendar days before).
 */
export async function createEventPlan(trx: Tx, actor: Actor, input: CreateEventPlanBody, now: Date = new Date()): Promise<EventPlanRow> {
  assertProjectVisible(actor, input.projectId, 'entity.project');
  if (input.eventDate < businessDate(now)) throw new ValidationError({ eventDate: 'eventPlan.field.eventDatePast' });
  if (input.salesCenterId) await assertSalesCenterOfProject(trx, input.projectId, input.salesCenterId);
  const schedule = scheduleFromTemplate(input.eventDate, defaultTemplateFor(input.kind), await getWorkingCalendar(trx));
  const at = now.toISOString();
  const plan = newEventPlanRow(at, {
    company_id: actor.companyId,
    project_id: input.projectId,
    sales_center_id: input.salesCenterId ?? null,
    kind: input.kind,
    title: input.title,
    event_date: input.eventDate,
    major: input.major ? 1 : 0,
    created_by: actor.userId,
  });
  await trx.insertInto('event_plans').values(plan).execute();
  const tasks = scheduledTaskRows(plan, schedule, at);
  await trx.insertInto('event_plan_tasks').values(tasks).execute();
  await recordEventPlanEvent(trx, plan, { action: 'create', to: 'draft', actorId: actor.userId, at });
  await recordAudit(trx, actor, plan.company_id, { action: 'eventPlan.create', entityType: 'eventPlan', entityId: plan.id, projectId: plan.project_id, after: { ...plan, tasks: tasks.length } });
  return plan;
}
