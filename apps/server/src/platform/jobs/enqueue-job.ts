/**
 * enqueueJob(dbOrTx, { type, payload, runAt?, maxAttempts?, idempotencyKey?, companyId?, projectId? }): Promise<string>
 *
 * The transactional outbox: call it with the use case's `trx` and the job commits together with the
 * business change, or not at all when the transaction rolls back. The runner picks it up after commit.
 *
 *   await inTransaction(db, async (trx) => {
 *     const order = await createWorkOrder(trx, actor, input);
 *     await enqueueJob(trx, { type: 'notifications.send', payload: { orderId: order.id }, companyId: actor.companyId });
 *   });
 *
 * With an idempotencyKey, a second enqueue with the same key is a no-op that returns the first job's
 * id (it never throws, so it does not abort the caller's PostgreSQL transaction). Delivery is at least
 * once: a handler may run again after a worker crash, so handlers must tolerate a repeat.
 */
import { uuidv7 } from '@guanjia/domain';
import type { DbOrTx } from '../db/transaction.js';

export const DEFAULT_MAX_ATTEMPTS = 10;

export interface EnqueueJobInput {
  /** The handler name, '<module>.<verb><Noun>', e.g. 'sessions.purgeExpired'. */
  type: string;
  /** Anything JSON-serialisable; handlers receive it parsed. */
  payload?: unknown;
  /** Not before this instant; default now. */
  runAt?: Date;
  maxAttempts?: number;
  idempotencyKey?: string;
  companyId?: string | null;
  projectId?: string | null;
  /** The clock; tests inject one. */
  now?: Date;
}

/** Adds a queued job and returns its id (or the existing job's id for a repeated idempotency key). */
export async function enqueueJob(db: DbOrTx, input: EnqueueJobInput): Promise<string> {
  const now = input.now ?? new Date();
  const maxAttempts = input.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (!input.type) throw new Error('enqueueJob: type is required');
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error('enqueueJob: maxAttempts must be a positive integer');
  const id = uuidv7();
  const nowIso = now.toISOString();
  const inserted = await db
    .insertInto('jobs')
    .values({
      id,
      company_id: input.companyId ?? null,
      project_id: input.projectId ?? null,
      type: input.type,
      payload: JSON.stringify(input.payload ?? null),
      status: 'queued',
      run_at: (input.runAt ?? now).toISOString(),
      attempts: 0,
      max_attempts: maxAttempts,
      last_error: null,
      locked_by: null,
      locked_until: null,
      idempotency_key: input.idempotencyKey ?? null,
      created_at: nowIso,
      updated_at: nowIso,
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return inserted.id;
  // Only a repeated idempotency key conflicts (ids are fresh UUIDv7s).
  const existing = await db.selectFrom('jobs').select('id').where('idempotency_key', '=', input.idempotencyKey!).executeTakeFirstOrThrow();
  return existing.id;
}
