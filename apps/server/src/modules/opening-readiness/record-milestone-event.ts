import { uuidv7 } from '@guanjia/domain';
import type { Tx } from '../../platform/db/transaction.js';
import type { OpeningMilestoneRow } from './opening-readiness-access.js';
import type { OpeningMilestoneEventAction } from './tables.js';

/** One history row of a milestone, written in the transaction of the change it records. */
export async function recordMilestoneEvent(
  trx: Tx,
  milestone: Pick<OpeningMilestoneRow, 'id' | 'company_id' | 'project_id' | 'key'>,
  e: { action: OpeningMilestoneEventAction; from?: string | null; to?: string | null; note?: string | null; actorId: string | null; at: string },
): Promise<void> {
  await trx
    .insertInto('opening_milestone_events')
    .values({
      id: uuidv7(),
      company_id: milestone.company_id,
      project_id: milestone.project_id,
      milestone_id: milestone.id,
      milestone_key: milestone.key,
      action: e.action,
      from_value: e.from ?? null,
      to_value: e.to ?? null,
      note: e.note ?? null,
      actor_id: e.actorId,
      created_at: e.at,
    })
    .execute();
}
