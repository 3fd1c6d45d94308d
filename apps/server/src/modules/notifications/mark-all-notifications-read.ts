import { nowIso, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';

export async function markAllNotificationsRead(trx: Tx, actor: Actor): Promise<void> {
  await trx.updateTable('notifications').set({ read_at: nowIso() }).where('user_id', '=', actor.userId).where('read_at', 'is', null).execute();
}
