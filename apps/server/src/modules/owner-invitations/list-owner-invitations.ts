import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { OwnerInvitationRow } from './resolve-owner-invitation.js';

/** An owner's links, newest first (without their tokens, which are never kept). */
export async function listOwnerInvitations(db: DbOrTx, actor: Actor, ownerId: string): Promise<OwnerInvitationRow[]> {
  const owner = await db.selectFrom('owners').select(['project_id']).where('id', '=', ownerId).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!owner) throw new NotFoundError('entity.owner');
  assertProjectVisible(actor, owner.project_id, 'entity.owner');
  return db.selectFrom('owner_invitations').selectAll().where('owner_id', '=', ownerId).orderBy('created_at', 'desc').limit(100).execute();
}
