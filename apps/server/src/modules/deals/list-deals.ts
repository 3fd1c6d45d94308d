import { onboardingProgress, type OnboardingProgress } from '@guanjia/domain/deals/index';
import { containsText } from '../../platform/db/text-search.js';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { ValidationError } from '../../platform/http/errors.js';
import { paginate, type Page } from '../../platform/http/paging.js';
import type { ListDealsQuery } from './schemas.js';

/** A deal with the unit, building and names it shows, read in one statement. */
export function dealRows(db: DbOrTx) {
  return db
    .selectFrom('deals as d')
    .innerJoin('units as u', 'u.id', 'd.unit_id')
    .innerJoin('buildings as b', 'b.id', 'u.building_id')
    .selectAll('d')
    .select(['u.code as unit_code', 'b.id as building_id', 'b.code as building_code', 'b.name as building_name'])
    .select((eb) => [
      eb.selectFrom('users').select('name').whereRef('users.id', '=', 'd.butler_id').as('butler_name'),
      eb.selectFrom('users').select('name').whereRef('users.id', '=', 'd.recorded_by').as('recorded_by_name'),
    ]);
}
export type DealListRow = Awaited<ReturnType<ReturnType<typeof dealRows>['executeTakeFirstOrThrow']>>;
export type DealWithProgress = DealListRow & { progress: OnboardingProgress };

/** A project's deals, newest signing first, filtered by status, building, signing dates, onboarding state or a name. */
export async function listDeals(db: DbOrTx, actor: Actor, projectId: string, query: ListDealsQuery): Promise<Page<DealWithProgress>> {
  assertProjectVisible(actor, projectId, 'entity.project');
  if (query.from && query.to && query.to < query.from) throw new ValidationError({ to: 'deal.field.dateRange' });
  let q = dealRows(db).where('d.company_id', '=', actor.companyId).where('d.project_id', '=', projectId);
  if (query.status) q = q.where('d.status', '=', query.status);
  if (query.buildingId) q = q.where('b.id', '=', query.buildingId);
  if (query.from) q = q.where('d.signing_date', '>=', query.from);
  if (query.to) q = q.where('d.signing_date', '<=', query.to);
  if (query.onboarding) {
    q = q.where((eb) => {
      const open = eb.exists(eb.selectFrom('deal_onboarding_items as i').select('i.id').whereRef('i.deal_id', '=', 'd.id').where('i.status', '=', 'todo'));
      // A cancelled deal has nothing left to onboard, so it is never "incomplete".
      return query.onboarding === 'incomplete' ? eb.and([eb('d.status', '=', 'recorded'), open]) : eb.not(open);
    });
  }
  if (query.q) q = q.where(containsText(['d.buyer_name', 'd.contract_number', 'u.code', 'd.external_ref'], query.q));
  const page = await paginate(q, (r) => r.orderBy('d.signing_date', 'desc').orderBy('d.id', 'desc'), query);
  return { ...page, items: await withProgress(db, page.items) };
}

/** The checklist counts of each deal, one grouped read for the page. */
export async function withProgress(db: DbOrTx, rows: DealListRow[]): Promise<DealWithProgress[]> {
  if (!rows.length) return [];
  const items = await db
    .selectFrom('deal_onboarding_items')
    .select(['deal_id', 'status'])
    .where(
      'deal_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((r) => ({ ...r, progress: onboardingProgress(items.filter((i) => i.deal_id === r.id)) }));
}

/** One deal with its names, already checked visible. */
export async function readDeal(db: DbOrTx, id: string): Promise<DealWithProgress> {
  return (await withProgress(db, [await dealRows(db).where('d.id', '=', id).executeTakeFirstOrThrow()]))[0]!;
}
