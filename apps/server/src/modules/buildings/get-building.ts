import type { DbOrTx } from '../../platform/db/transaction.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import type { Actor } from '../../platform/http/actor.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { BuildingTable } from './tables.js';

/** A building in a project the caller may see; otherwise 404 as if it did not exist. */
export async function getBuilding(db: DbOrTx, actor: Actor, id: string): Promise<BuildingTable> {
  const row = await db.selectFrom('buildings').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.building');
  assertProjectVisible(actor, row.project_id, 'entity.building');
  return row;
}
