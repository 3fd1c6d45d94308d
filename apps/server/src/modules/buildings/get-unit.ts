import type { DbOrTx } from '../../platform/db/transaction.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import type { Actor } from '../../platform/http/actor.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { UnitTable } from './tables.js';

/** A unit in a project the caller may see, with its building's code; otherwise 404. */
export async function getUnit(db: DbOrTx, actor: Actor, id: string): Promise<{ unit: UnitTable; buildingCode: string }> {
  const row = await db
    .selectFrom('units')
    .innerJoin('buildings', 'buildings.id', 'units.building_id')
    .selectAll('units')
    .select('buildings.code as building_code')
    .where('units.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('entity.unit');
  assertProjectVisible(actor, row.project_id, 'entity.unit');
  const { building_code, ...unit } = row;
  return { unit, buildingCode: building_code };
}
