import { maskEmail } from '@guanjia/domain';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';

/** An owner the actor may see: their own record for an owner account, an owner of a visible project for staff. */
export async function loadVisibleOwner(db: DbOrTx, actor: Actor, ownerId: string) {
  const owner = await db.selectFrom('owners').select(['id', 'name', 'company_id', 'project_id']).where('id', '=', ownerId).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!owner) throw new NotFoundError('entity.owner');
  if (actor.kind === 'owner') {
    if (actor.ownerId !== owner.id) throw new NotFoundError('entity.owner');
  } else assertProjectVisible(actor, owner.project_id, 'entity.owner');
  return owner;
}

/**
 * The owner's e-mail for messages and the topics they turned off, per channel. Staff see the e-mail
 * masked (the butler who takes a new address down types it in full; nobody needs to read it back);
 * the owner sees their own.
 */
export async function getOwnerPreferences(db: DbOrTx, actor: Actor, ownerId: string) {
  const owner = await loadVisibleOwner(db, actor, ownerId);
  const [contact, optOuts] = await Promise.all([
    db.selectFrom('owner_message_contacts').select('email').where('owner_id', '=', owner.id).executeTakeFirst(),
    db.selectFrom('message_opt_outs').select(['topic', 'channel']).where('owner_id', '=', owner.id).orderBy('topic').orderBy('channel').execute(),
  ]);
  const email = contact?.email ?? null;
  return { owner: { id: owner.id, name: owner.name }, email: actor.kind === 'owner' ? email : maskEmail(email), optOuts };
}
