import { messageNextState } from '@guanjia/domain/messaging/index';
import { wakeUpNextState } from '@guanjia/domain/life-secretary/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import type { Actor } from '../../platform/http/actor.js';
import { recordMessageEvent } from '../messaging/message-events.js';
import { loadWakeUpCall, type WakeUpRow } from './life-secretary-access.js';

/**
 * Cancels a call (the owner's own, or staff for a household of their project). An occurrence already
 * written to the outbox and not yet sent is withdrawn too, so nobody is woken after cancelling.
 */
export async function cancelWakeUpCall(trx: Tx, actor: Actor, id: string, now: Date = new Date()): Promise<WakeUpRow> {
  const before = await loadWakeUpCall(trx, actor, id);
  const status = wakeUpNextState(before.status, 'cancel');
  const at = now.toISOString();
  const after = await updateVersioned(trx, 'wake_up_calls', before, { status, next_at: null, cancelled_by: actor.userId, cancelled_at: at });
  if (before.last_message_id) await withdrawQueuedMessage(trx, before.last_message_id, actor, at);
  await recordAudit(trx, actor, actor.companyId, { action: 'cancel', entityType: 'wakeUpCall', entityId: id, projectId: before.project_id, before, after });
  return after;
}

/** queued → suppressed ('cancelled') through the message table's own transition, guarded on the status read. */
async function withdrawQueuedMessage(trx: Tx, messageId: string, actor: Actor, at: string): Promise<void> {
  const m = await trx.selectFrom('messages').select(['id', 'company_id', 'project_id', 'status']).where('id', '=', messageId).executeTakeFirst();
  if (!m || m.status !== 'queued') return;
  const status = messageNextState(m.status, 'suppress');
  const done = await trx.updateTable('messages').set({ status, last_error: 'cancelled', updated_at: at }).where('id', '=', m.id).where('status', '=', 'queued').executeTakeFirst();
  if (Number(done.numUpdatedRows) > 0) await recordMessageEvent(trx, m, { action: 'suppress', status, detail: 'cancelled', actorId: actor.userId, at });
}
