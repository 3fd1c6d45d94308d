import type { DbOrTx } from '../../platform/db/transaction.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import type { Actor } from '../../platform/http/actor.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { SalesCenterTable } from './tables.js';

/** Visible only in the caller's projects; otherwise 404 as if it did not exist. */
export async function getSalesCenter(db: DbOrTx, actor: Actor, id: string): Promise<SalesCenterTable> {
  const row = await db.selectFrom('sales_centers').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.salesCenter');
  assertProjectVisible(actor, row.project_id, 'entity.salesCenter');
  return row;
}
