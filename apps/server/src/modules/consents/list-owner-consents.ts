import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { ConsentRow } from './current-consent.js';
import { findConsentingOwner } from './find-consenting-owner.js';

/** An owner's consents, newest first: the first row per purpose is the one in force. */
export async function listOwnerConsents(db: DbOrTx, actor: Actor, ownerId: string): Promise<{ ownerId: string; rows: ConsentRow[] }> {
  const owner = await findConsentingOwner(db, actor, ownerId);
  const rows = await db.selectFrom('consents').selectAll().where('owner_id', '=', owner.id).orderBy('id', 'desc').limit(200).execute();
  return { ownerId: owner.id, rows };
}
