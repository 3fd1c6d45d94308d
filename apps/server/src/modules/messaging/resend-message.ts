import { messageNextState } from '@guanjia/domain/messaging/index';
import { sql } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { StaleUpdateError } from '../../platform/db/versioned-update.js';
import { enqueueDeliveryJob, recordMessageEvent } from './message-events.js';
import { getMessage } from './list-messages.js';

/** Staff send a failed message again (after fixing the template or the number): a fresh round of attempts, now. */
export async function resendMessage(trx: Tx, actor: Actor, id: string, now: Date = new Date()): Promise<void> {
  const before = await getMessage(trx, actor, id);
  // Only a failed message may go again (409 FORBIDDEN_TRANSITION otherwise): a sent one would reach the owner twice.
  const to = messageNextState(before.status, 'resend');
  const at = now.toISOString();
  const res = await trx
    .updateTable('messages')
    .set({ status: to, attempts: 0, next_attempt_at: at, locked_until: null, updated_at: at, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('status', '=', before.status)
    .executeTakeFirst();
  if (!Number(res.numUpdatedRows)) throw new StaleUpdateError();
  await recordMessageEvent(trx, before, { action: 'resend', status: to, actorId: actor.userId, detail: before.last_error, at });
  await enqueueDeliveryJob(trx, now, now);
  await recordAudit(trx, actor, before.company_id, { action: 'resend', entityType: 'message', entityId: id, projectId: before.project_id, before: { status: before.status, last_error: before.last_error }, after: { status: to } });
}
