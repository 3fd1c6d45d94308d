import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { ValidationError } from '../../platform/http/errors.js';
import { paginate } from '../../platform/http/paging.js';
import { seesEveryButler } from './household-butler.js';
import { HOUSEHOLD_COLUMNS, presentHousehold } from './list-household-butlers.js';
import type { ListVisitsQuery } from './schemas.js';

/** A visit with the household, people and work-order number it shows, in one statement. */
export function visitRows(db: DbOrTx) {
  return db
    .selectFrom('owner_visits as v')
    .innerJoin('households as h', 'h.id', 'v.household_id')
    .innerJoin('units as u', 'u.id', 'h.unit_id')
    .innerJoin('buildings as b', 'b.id', 'u.building_id')
    .selectAll('v')
    .select([...HOUSEHOLD_COLUMNS])
    .select((eb) => [
      eb.selectFrom('users').select('name').whereRef('users.id', '=', 'v.butler_id').as('butler_name'),
      eb.selectFrom('users').select('name').whereRef('users.id', '=', 'v.visited_by').as('visited_by_name'),
      eb.selectFrom('work_orders').select('number').whereRef('work_orders.id', '=', 'v.work_order_id').as('work_order_number'),
    ]);
}
export type VisitListRow = Awaited<ReturnType<ReturnType<typeof visitRows>['executeTakeFirstOrThrow']>>;

/** 回访记录 filtered by butler, building, household, kind and dates; a butler reads the visits of their households and their own. */
export function filteredVisits(db: DbOrTx, actor: Actor, projectId: string, query: Omit<ListVisitsQuery, 'page' | 'pageSize'>) {
  assertProjectVisible(actor, projectId, 'entity.project');
  if (query.from && query.to && query.to < query.from) throw new ValidationError({ to: 'ownerVisit.field.dateRange' });
  let q = visitRows(db).where('v.company_id', '=', actor.companyId).where('v.project_id', '=', projectId);
  if (!seesEveryButler(actor)) q = q.where((eb) => eb.or([eb('v.butler_id', '=', actor.userId), eb('v.visited_by', '=', actor.userId)]));
  if (query.butlerId) q = q.where('v.butler_id', '=', query.butlerId);
  if (query.buildingId) q = q.where('b.id', '=', query.buildingId);
  if (query.householdId) q = q.where('v.household_id', '=', query.householdId);
  if (query.kind) q = q.where('v.kind', '=', query.kind);
  if (query.from) q = q.where('v.visited_on', '>=', query.from);
  if (query.to) q = q.where('v.visited_on', '<=', query.to);
  return q;
}

export async function listOwnerVisits(db: DbOrTx, actor: Actor, projectId: string, query: ListVisitsQuery) {
  const page = await paginate(filteredVisits(db, actor, projectId, query), (r) => r.orderBy('v.visited_at', 'desc').orderBy('v.id', 'desc'), query);
  return { ...page, items: page.items.map(presentVisit) };
}

export async function readOwnerVisit(db: DbOrTx, id: string) {
  return presentVisit(await visitRows(db).where('v.id', '=', id).executeTakeFirstOrThrow());
}

export function presentVisit(r: VisitListRow) {
  return {
    id: r.id,
    projectId: r.project_id,
    household: presentHousehold(r),
    butler: r.butler_id ? { id: r.butler_id, name: r.butler_name ?? '' } : null,
    visitedBy: { id: r.visited_by, name: r.visited_by_name ?? '' },
    kind: r.kind,
    visitedAt: r.visited_at,
    visitedOn: r.visited_on,
    contactName: r.contact_name,
    summary: r.summary,
    satisfaction: r.satisfaction,
    needs: JSON.parse(r.needs) as string[],
    needsInProfile: r.needs_in_profile === 1,
    workOrder: r.work_order_id ? { id: r.work_order_id, number: r.work_order_number ?? '' } : null,
    createdAt: r.created_at,
  };
}
