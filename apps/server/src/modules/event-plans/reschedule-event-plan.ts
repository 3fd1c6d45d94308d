import { businessDate } from '@guanjia/domain';
import { reschedule, rehearsalDate } from '@guanjia/domain/event-plans/backward-schedule';
import { RESCHEDULABLE_EVENT_PLAN_STATUSES } from '@guanjia/domain/event-plans/event-plan-flow';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { ValidationError } from '../../platform/http/errors.js';
import type { NotificationRow } from '../notifications/notify.js';
import { getWorkingCalendar } from '../calendar/working-calendar-cache.js';
import { assertStatusIn, loadPlanTasks, loadVisiblePlan, toScheduledTask, type EventPlanRow } from './event-plan-access.js';
import { noticeRehearsal } from './event-plan-notices.js';
import { recordEventPlanEvent } from './record-event-plan-event.js';
import type { RescheduleBody } from './schemas.js';

/**
 * The event moves: every task is dated again from the new date (owners and done flags stay) and the
 * rehearsal moves with it. An approved plan's rehearsal must be confirmed again, so the marketing
 * leads are told.
 */
export async function rescheduleEventPlan(
  trx: Tx,
  actor: Actor,
  id: string,
  input: RescheduleBody,
  now: Date = new Date(),
): Promise<{ plan: EventPlanRow; notifications: NotificationRow[] }> {
  const before = await loadVisiblePlan(trx, actor, id);
  assertVersion(before.version, input.version);
  assertStatusIn(before, RESCHEDULABLE_EVENT_PLAN_STATUSES, 'EVENT_PLAN_NOT_RESCHEDULABLE', 'eventPlan.error.notReschedulable');
  if (input.eventDate < businessDate(now)) throw new ValidationError({ eventDate: 'eventPlan.field.eventDatePast' });
  if (input.eventDate === before.event_date) return { plan: before, notifications: [] };
  const rows = await loadPlanTasks(trx, before.id);
  const moved = reschedule({ eventDate: before.event_date, backwardSchedule: rows.map(toScheduledTask) }, input.eventDate, await getWorkingCalendar(trx));
  for (const task of moved.backwardSchedule) {
    const row = rows.find((r) => r.id === task.id)!;
    if (row.due_date !== task.dueDate || row.moved_from !== task.movedFrom) {
      // A new due date may be overdue again on another day: the reminder starts afresh.
      await updateVersioned(trx, 'event_plan_tasks', row, { due_date: task.dueDate, moved_from: task.movedFrom, reminded_on: null });
    }
  }
  const after = await updateVersioned(trx, 'event_plans', before, { event_date: input.eventDate, rehearsal_confirmed_by: null, rehearsal_confirmed_at: null });
  const at = now.toISOString();
  await recordEventPlanEvent(trx, after, { action: 'reschedule', actorId: actor.userId, note: `${before.event_date} → ${after.event_date}`, at });
  await recordAudit(trx, actor, after.company_id, { action: 'eventPlan.reschedule', entityType: 'eventPlan', entityId: after.id, projectId: after.project_id, before, after });
  const notifications = after.status === 'approved' ? await noticeRehearsal(trx, after, rehearsalDate(after.event_date), true) : [];
  return { plan: after, notifications };
}
