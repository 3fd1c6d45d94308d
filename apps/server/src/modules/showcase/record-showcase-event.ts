import { uuidv7 } from '@guanjia/domain';
import type { BrandShowcaseHistoryAction } from '@guanjia/domain/showcase/showcase-flow';
import type { Tx } from '../../platform/db/transaction.js';
import type { ShowcaseRow } from './showcase-access.js';

/** Roster, duty and library changes recorded in the showcase's history besides its own steps. */
export type ShowcaseHistoryEntry = BrandShowcaseHistoryAction | 'addExplainer' | 'recordTraining' | 'assignDuty';

/** One history row, written in the transaction of the change it records. */
export async function recordShowcaseEvent(
  trx: Tx,
  showcase: Pick<ShowcaseRow, 'id' | 'company_id' | 'project_id'>,
  e: { action: ShowcaseHistoryEntry; from?: string | null; to?: string | null; actorId: string | null; note?: string | null; at: string },
): Promise<void> {
  await trx
    .insertInto('brand_showcase_events')
    .values({
      id: uuidv7(),
      company_id: showcase.company_id,
      project_id: showcase.project_id,
      showcase_id: showcase.id,
      action: e.action,
      from_status: e.from ?? null,
      to_status: e.to ?? null,
      actor_id: e.actorId,
      note: e.note ?? null,
      created_at: e.at,
    })
    .execute();
}
