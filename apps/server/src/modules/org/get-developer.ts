import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { DeveloperTable } from './tables.js';

/** A developer of the caller's company; another company's is answered 404. */
export async function getDeveloper(db: DbOrTx, actor: Actor, id: string): Promise<DeveloperTable> {
  const row = await db.selectFrom('developers').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.developer');
  return row;
}
