import { uuidv7, type WorkOrderHistoryAction, type WorkOrderStatus } from '@guanjia/domain';
import type { Tx } from '../../platform/db/transaction.js';
import type { WorkOrderRow } from './work-order-access.js';

export interface WorkOrderEventInput {
  action: WorkOrderHistoryAction;
  from?: WorkOrderStatus | null;
  to?: WorkOrderStatus | null;
  actorId: string | null;
  reason?: string | null;
  data?: Record<string, unknown> | null;
  at: string;
}

/** One history row, written in the transaction of the change it records. */
export async function recordWorkOrderEvent(trx: Tx, order: Pick<WorkOrderRow, 'id' | 'company_id' | 'project_id'>, e: WorkOrderEventInput): Promise<void> {
  await trx
    .insertInto('work_order_events')
    .values({
      id: uuidv7(),
      company_id: order.company_id,
      project_id: order.project_id,
      work_order_id: order.id,
      action: e.action,
      from_status: e.from ?? null,
      to_status: e.to ?? null,
      actor_id: e.actorId,
      reason: e.reason ?? null,
      data: e.data ? JSON.stringify(e.data) : null,
      created_at: e.at,
    })
    .execute();
}
