import { uuidv7 } from '@guanjia/domain';
import type { LiaisonFormHistoryAction } from '@guanjia/domain/sales-site/liaison-form-flow';
import type { Tx } from '../../platform/db/transaction.js';
import type { LiaisonFormRow } from './liaison-form-access.js';

/** One history row, written in the transaction of the change it records. */
export async function recordLiaisonFormEvent(
  trx: Tx,
  form: Pick<LiaisonFormRow, 'id' | 'company_id' | 'project_id'>,
  e: { action: LiaisonFormHistoryAction; from?: string | null; to?: string | null; actorId: string; note?: string | null; at: string },
): Promise<void> {
  await trx
    .insertInto('liaison_form_events')
    .values({
      id: uuidv7(),
      company_id: form.company_id,
      project_id: form.project_id,
      form_id: form.id,
      action: e.action,
      from_status: e.from ?? null,
      to_status: e.to ?? null,
      actor_id: e.actorId,
      note: e.note ?? null,
      created_at: e.at,
    })
    .execute();
}
