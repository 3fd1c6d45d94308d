import { uuidv7 } from '@guanjia/domain';
import type { MessageStatus } from '@guanjia/domain/messaging/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { enqueueJob } from '../../platform/jobs/enqueue-job.js';
import type { MessageEventTable } from './tables.js';

export const DELIVER_MESSAGES = 'messaging.deliver';

/** One history row for a message, in the transaction of the change. */
export async function recordMessageEvent(
  db: DbOrTx,
  m: { id: string; company_id: string; project_id: string },
  e: { action: MessageEventTable['action']; status: MessageStatus; detail?: string | null; actorId?: string | null; at: string },
): Promise<void> {
  await db
    .insertInto('message_events')
    .values({ id: uuidv7(), company_id: m.company_id, project_id: m.project_id, message_id: m.id, action: e.action, status: e.status, detail: e.detail ?? null, actor_id: e.actorId ?? null, created_at: e.at })
    .execute();
}

/**
 * Wakes the delivery job at `runAt` (now, or the end of quiet hours). Keyed by the second, so a
 * thousand sends in one second enqueue one job; the every-minute schedule catches anything else.
 */
export async function enqueueDeliveryJob(db: DbOrTx, runAt: Date, now: Date): Promise<void> {
  const at = runAt.getTime() > now.getTime() ? runAt : now;
  const second = new Date(Math.floor(at.getTime() / 1000) * 1000);
  await enqueueJob(db, { type: DELIVER_MESSAGES, runAt: second, idempotencyKey: `${DELIVER_MESSAGES}:${second.toISOString()}`, maxAttempts: 3, now });
}
