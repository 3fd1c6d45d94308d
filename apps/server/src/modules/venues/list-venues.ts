import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { isOwnerAccount, type VenueRow } from './venue-access.js';

/** A project's venues by name; owners see only the enabled ones. A project has a handful, so no paging. */
export async function listVenues(db: DbOrTx, actor: Actor, projectId: string): Promise<VenueRow[]> {
  assertProjectVisible(actor, projectId, 'entity.project');
  let q = db.selectFrom('venues').selectAll().where('company_id', '=', actor.companyId).where('project_id', '=', projectId);
  if (isOwnerAccount(actor)) q = q.where('enabled', '=', 1);
  return q.orderBy('name').orderBy('id').execute();
}
