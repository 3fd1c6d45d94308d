import type { DbOrTx } from '../../platform/db/transaction.js';
import { ValidationError } from '../../platform/http/errors.js';
import type { BuildingTable } from './tables.js';

/** A buildingId named in a body must be a building of the same project: 400 naming the field otherwise. */
export async function findProjectBuilding(db: DbOrTx, projectId: string, buildingId: string): Promise<BuildingTable> {
  const building = await db.selectFrom('buildings').selectAll().where('id', '=', buildingId).where('project_id', '=', projectId).executeTakeFirst();
  if (!building) throw new ValidationError({ buildingId: 'buildings.unknownBuilding' });
  return building;
}
