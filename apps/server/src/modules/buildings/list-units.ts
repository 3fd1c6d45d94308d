import type { DbOrTx } from '../../platform/db/transaction.js';
import { containsText } from '../../platform/db/text-search.js';
import { paginate } from '../../platform/http/paging.js';

/** Units of a project (the caller has been checked to see it), in building code then unit code order. */
export function listUnits(db: DbOrTx, projectId: string, query: { page: number; pageSize: number; q?: string; buildingId?: string }) {
  let rows = db
    .selectFrom('units')
    .innerJoin('buildings', 'buildings.id', 'units.building_id')
    .selectAll('units')
    .select('buildings.code as building_code')
    .where('units.project_id', '=', projectId);
  if (query.buildingId) rows = rows.where('units.building_id', '=', query.buildingId);
  if (query.q) rows = rows.where(containsText(['units.code', 'units.layout'], query.q));
  return paginate(rows, (r) => r.orderBy('buildings.code').orderBy('units.code').orderBy('units.id'), query);
}
