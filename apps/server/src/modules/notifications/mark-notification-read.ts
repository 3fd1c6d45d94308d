import { nowIso, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { NotFoundError } from '../../platform/http/errors.js';

/**
 * Marks one of the caller's notifications read; someone else's is 404. Reading again is a no-op.
 * Not audited: read state is the recipient's own, not business data.
 */
export async function markNotificationRead(trx: Tx, actor: Actor, id: string): Promise<void> {
  const row = await trx
    .selectFrom('notifications')
    .select(['id', 'read_at'])
    .where('id', '=', id)
    .where('user_id', '=', actor.userId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('entity.notification');
  if (row.read_at) return;
  await trx.updateTable('notifications').set({ read_at: nowIso() }).where('id', '=', id).where('read_at', 'is', null).execute();
}
