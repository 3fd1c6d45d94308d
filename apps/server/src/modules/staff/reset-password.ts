import { recordAudit } from '../../platform/audit/record-audit.js';
import { nowIso, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { forgetUserSessions } from '../auth/session-cache.js';
import { getUser } from './get-user.js';

/**
 * Sets a new password (already hashed by the caller) and ends every session of the account, so
 * whoever knew the old password is logged out. The audit row says that it happened, never the hash.
 */
export async function resetPassword(trx: Tx, actor: Actor, id: string, passwordHash: string): Promise<void> {
  const user = await getUser(trx, actor, id);
  const updatedAt = nowIso();
  await trx
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: updatedAt, version: user.version + 1 })
    .where('id', '=', id)
    .execute();
  const ended = await trx.deleteFrom('sessions').where('user_id', '=', id).executeTakeFirst();
  forgetUserSessions(id, trx);
  await recordAudit(trx, actor, actor.companyId, {
    action: 'resetPassword',
    entityType: 'user',
    entityId: id,
    before: { version: user.version },
    after: { version: user.version + 1, passwordChanged: true, sessionsEnded: Number(ended.numDeletedRows) },
  });
}
