import { uuidv7 } from '@guanjia/domain';
import type { EventPlanHistoryAction } from '@guanjia/domain/event-plans/event-plan-flow';
import type { Tx } from '../../platform/db/transaction.js';
import type { EventPlanRow } from './event-plan-access.js';

/** Task-level changes recorded in the plan's history besides the domain's own actions. */
export type EventPlanHistoryEntry = EventPlanHistoryAction | 'addTask' | 'editTask' | 'removeTask' | 'assignTask' | 'completeTask' | 'reopenTask' | 'confirmRehearsal';

/** One history row, written in the transaction of the change it records. */
export async function recordEventPlanEvent(
  trx: Tx,
  plan: Pick<EventPlanRow, 'id' | 'company_id' | 'project_id'>,
  e: { action: EventPlanHistoryEntry; from?: string | null; to?: string | null; actorId: string | null; note?: string | null; at: string },
): Promise<void> {
  await trx
    .insertInto('event_plan_events')
    .values({
      id: uuidv7(),
      company_id: plan.company_id,
      project_id: plan.project_id,
      plan_id: plan.id,
      action: e.action,
      from_status: e.from ?? null,
      to_status: e.to ?? null,
      actor_id: e.actorId,
      note: e.note ?? null,
      created_at: e.at,
    })
    .execute();
}
