import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { RegionTable } from './tables.js';

/** A region of the caller's company; another company's is answered 404. */
export async function getRegion(db: DbOrTx, actor: Actor, id: string): Promise<RegionTable> {
  const row = await db.selectFrom('regions').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.region');
  return row;
}
