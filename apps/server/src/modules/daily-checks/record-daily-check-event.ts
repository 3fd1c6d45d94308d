import { uuidv7 } from '@guanjia/domain';
import type { Tx } from '../../platform/db/transaction.js';
import type { DailyCheckEventTable } from './tables.js';

export interface DailyCheckEventInput {
  action: DailyCheckEventTable['action'];
  itemId?: string | null;
  from?: string | null;
  to?: string | null;
  actorId: string;
  data?: Record<string, unknown> | null;
  at: string;
}

/** One history row, written in the transaction of the change it records. */
export async function recordDailyCheckEvent(trx: Tx, check: { id: string; company_id: string; project_id: string }, e: DailyCheckEventInput): Promise<void> {
  await trx
    .insertInto('daily_check_events')
    .values({
      id: uuidv7(),
      company_id: check.company_id,
      project_id: check.project_id,
      check_id: check.id,
      item_id: e.itemId ?? null,
      action: e.action,
      from_status: e.from ?? null,
      to_status: e.to ?? null,
      actor_id: e.actorId,
      data: e.data ? JSON.stringify(e.data) : null,
      created_at: e.at,
    })
    .execute();
}
