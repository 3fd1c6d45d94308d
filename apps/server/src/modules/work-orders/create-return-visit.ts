import { uuidv7 } from '@guanjia/domain';
import type { Selectable } from 'kysely';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { ReturnVisitTable, WorkOrderTable } from './tables.js';

/** The butler calls back within two days of completion (the follow-up list shows it as overdue after). */
export const RETURN_VISIT_DUE_HOURS = 48;

export type ReturnVisitRecord = Selectable<ReturnVisitTable>;

/**
 * 回访 task for a just-completed order that needs one; called from the complete path inside its
 * transaction. Returns the pending visit (an existing one is kept), or null when none is required.
 */
export async function createReturnVisit(
  trx: Tx,
  order: Pick<Selectable<WorkOrderTable>, 'id' | 'company_id' | 'project_id' | 'return_visit_required'>,
  now: string | Date = new Date(),
): Promise<ReturnVisitRecord | null> {
  if (order.return_visit_required !== 1) return null;
  const pending = await trx.selectFrom('return_visits').selectAll().where('work_order_id', '=', order.id).where('status', '=', 'pending').executeTakeFirst();
  if (pending) return pending;
  const at = new Date(now);
  const visit: ReturnVisitRecord = {
    id: uuidv7(),
    company_id: order.company_id,
    project_id: order.project_id,
    work_order_id: order.id,
    status: 'pending',
    due_at: new Date(at.getTime() + RETURN_VISIT_DUE_HOURS * 3_600_000).toISOString(),
    method: null,
    rating: null,
    comment: null,
    outcome: null,
    recorded_by: null,
    done_at: null,
    ...newRowStamp(at.toISOString()),
  };
  await trx.insertInto('return_visits').values(visit).execute();
  return visit;
}
