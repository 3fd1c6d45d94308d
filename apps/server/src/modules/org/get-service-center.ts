import type { DbOrTx } from '../../platform/db/transaction.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import type { Actor } from '../../platform/http/actor.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { ServiceCenterTable } from './tables.js';

/** Visible only in the caller's projects; otherwise 404 as if it did not exist. */
export async function getServiceCenter(db: DbOrTx, actor: Actor, id: string): Promise<ServiceCenterTable> {
  const row = await db.selectFrom('service_centers').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.serviceCenter');
  assertProjectVisible(actor, row.project_id, 'entity.serviceCenter');
  return row;
}
