import { uuidv7 } from '@guanjia/domain';
import type { Tx } from '../../platform/db/transaction.js';
import type { SessionRow } from './training-access.js';

/** One history row of a session, written in the transaction of the change it records. */
export async function recordTrainingSessionEvent(
  trx: Tx,
  session: Pick<SessionRow, 'id' | 'company_id' | 'project_id'>,
  e: { action: string; from?: string | null; to?: string | null; actorId: string | null; note?: string | null; at: string },
): Promise<void> {
  await trx
    .insertInto('training_session_events')
    .values({
      id: uuidv7(),
      company_id: session.company_id,
      project_id: session.project_id,
      session_id: session.id,
      action: e.action,
      from_status: e.from ?? null,
      to_status: e.to ?? null,
      actor_id: e.actorId,
      note: e.note ?? null,
      created_at: e.at,
    })
    .execute();
}
