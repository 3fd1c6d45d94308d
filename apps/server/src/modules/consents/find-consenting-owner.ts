import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';

/** The owner whose consents are asked about: staff of the owner's project, or the owner's own account; else 404. */
export async function findConsentingOwner(db: DbOrTx, actor: Actor, ownerId: string) {
  const owner = await db.selectFrom('owners').select(['id', 'company_id', 'project_id', 'name']).where('id', '=', ownerId).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!owner) throw new NotFoundError('entity.owner');
  if (actor.kind === 'owner') {
    if (actor.ownerId !== owner.id) throw new NotFoundError('entity.owner');
  } else {
    assertProjectVisible(actor, owner.project_id, 'entity.owner');
  }
  return owner;
}
