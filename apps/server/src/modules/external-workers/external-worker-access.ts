import { uuidv7 } from '@guanjia/domain';
import type { Selectable } from 'kysely';
import type { DbOrTx, Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { ExternalWorkerEventTable, ExternalWorkerTable } from './tables.js';

export type ExternalWorkerRow = Selectable<ExternalWorkerTable>;

/** A registration of a project the actor works in, or 404. */
export async function loadVisibleExternalWorker(db: DbOrTx, actor: Actor, id: string): Promise<ExternalWorkerRow> {
  const row = await db.selectFrom('external_workers').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.externalWorker');
  assertProjectVisible(actor, row.project_id, 'entity.externalWorker');
  return row;
}

/** One history row, in the transaction of the change it records. */
export async function recordExternalWorkerEvent(
  trx: Tx,
  row: Pick<ExternalWorkerRow, 'id' | 'company_id' | 'project_id'>,
  e: { action: ExternalWorkerEventTable['action']; actorId: string; data?: Record<string, unknown>; at: string },
): Promise<void> {
  await trx
    .insertInto('external_worker_events')
    .values({ id: uuidv7(), company_id: row.company_id, project_id: row.project_id, external_worker_id: row.id, action: e.action, actor_id: e.actorId, data: e.data ? JSON.stringify(e.data) : null, created_at: e.at })
    .execute();
}
