import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { paginate } from '../../platform/http/paging.js';
import { BUTLER_NAME, BUTLER_OF_HOUSEHOLD, BUTLER_SOURCE, householdLabelOf, projectHouseholds, seesEveryButler } from './household-butler.js';
import type { ListAssignmentsQuery } from './schemas.js';

/** The columns every household line shows (h, u, b). */
export const HOUSEHOLD_COLUMNS = ['h.id as household_id', 'h.name as household_name', 'u.code as unit_code', 'b.id as building_id', 'b.name as building_name'] as const;

export const presentHousehold = (r: { household_id: string; household_name: string | null; unit_code: string; building_id: string; building_name: string }) => ({
  id: r.household_id,
  label: householdLabelOf(r),
  name: r.household_name,
  unitCode: r.unit_code,
  buildingId: r.building_id,
  buildingName: r.building_name,
});

/** 管家分管: the project's households by building and unit with who looks after each; a butler sees their own. */
export async function listHouseholdButlers(db: DbOrTx, actor: Actor, projectId: string, query: ListAssignmentsQuery) {
  assertProjectVisible(actor, projectId, 'entity.project');
  let q = projectHouseholds(db, projectId).select([...HOUSEHOLD_COLUMNS, 'hb.updated_at as assigned_at', BUTLER_OF_HOUSEHOLD.as('butler_id'), BUTLER_NAME.as('butler_name'), BUTLER_SOURCE.as('source')]);
  const butlerId = seesEveryButler(actor) ? query.butlerId : actor.userId;
  if (butlerId) q = q.where(BUTLER_OF_HOUSEHOLD, '=', butlerId);
  if (query.buildingId) q = q.where('b.id', '=', query.buildingId);
  if (query.unassigned === 'true') q = q.where(BUTLER_OF_HOUSEHOLD, 'is', null);
  const page = await paginate(q, (r) => r.orderBy('b.name').orderBy('u.code').orderBy('h.id'), query);
  return {
    ...page,
    items: page.items.map((r) => ({
      household: presentHousehold(r),
      butler: r.butler_id ? { id: r.butler_id, name: r.butler_name ?? '' } : null,
      source: r.source,
      assignedAt: r.source === 'assigned' ? r.assigned_at : null,
    })),
  };
}
