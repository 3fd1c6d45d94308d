import { ForbiddenTransitionError } from '@guanjia/domain';
import { broadcastNextState } from '@guanjia/domain/messaging/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Db } from '../../platform/db/database.js';
import type { Tx } from '../../platform/db/transaction.js';
import { enqueueJob } from '../../platform/jobs/enqueue-job.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { EXPAND_BROADCAST } from './expand-broadcast.js';

/** Longest reason kept: the first lines of the error say what went wrong. */
const MAX_FAILURE_CHARS = 500;

/**
 * The expansion gave up (its last attempt failed): the broadcast shows as failed with the reason.
 * Only an expanding broadcast fails; one that finished meanwhile keeps its state.
 */
export async function markBroadcastFailed(db: Db, broadcastId: string, err: unknown): Promise<void> {
  const reason = (err instanceof Error ? err.message : String(err)).slice(0, MAX_FAILURE_CHARS) || 'unknown error';
  await db
    .updateTable('broadcasts')
    .set({ status: broadcastNextState('expanding', 'fail'), failure: reason })
    .where('id', '=', broadcastId)
    .where('status', '=', 'expanding')
    .execute();
}

/**
 * 重试: a sender sends a failed broadcast on. It expands again from the saved cursor (the households
 * already written keep their one message) under a new job; a broadcast not failed is 409.
 */
export async function retryBroadcast(trx: Tx, actor: Actor, id: string, now: Date = new Date()): Promise<void> {
  const b = await trx.selectFrom('broadcasts').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!b) throw new NotFoundError('entity.broadcast');
  assertProjectVisible(actor, b.project_id, 'entity.broadcast');
  const status = broadcastNextState(b.status, 'retry');
  // Guarded on the state read: of two retries at once, the second finds it expanding and is refused.
  const res = await trx.updateTable('broadcasts').set({ status, failure: null }).where('id', '=', b.id).where('status', '=', b.status).executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) throw new ForbiddenTransitionError('broadcast', 'expanding', 'retry');
  // One job per retry: the guarded update above lets only one retry through per failure.
  await enqueueJob(trx, { type: EXPAND_BROADCAST, payload: { broadcastId: b.id }, idempotencyKey: `${EXPAND_BROADCAST}:${b.id}:retry-${now.toISOString()}`, companyId: b.company_id, projectId: b.project_id, maxAttempts: 5, now });
  await recordAudit(trx, actor, b.company_id, { action: 'retry', entityType: 'broadcast', entityId: b.id, projectId: b.project_id, before: { status: b.status, failure: b.failure }, after: { status } });
}
