import { businessDate } from '@guanjia/domain';
import { containsText } from '../../platform/db/text-search.js';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { ValidationError } from '../../platform/http/errors.js';
import { paginate, type Page } from '../../platform/http/paging.js';
import type { ListExternalWorkersQuery } from './schemas.js';

/** The columns a register row shows, with the names it shows read in the same statement. */
export function externalWorkerRows(db: DbOrTx) {
  return db
    .selectFrom('external_workers as w')
    .selectAll('w')
    .select((eb) => [
      eb.selectFrom('sales_centers').select('name').whereRef('sales_centers.id', '=', 'w.sales_center_id').as('sales_center_name'),
      eb.selectFrom('users').select('name').whereRef('users.id', '=', 'w.registered_by').as('registered_by_name'),
      eb.selectFrom('users').select('name').whereRef('users.id', '=', 'w.signed_out_by').as('signed_out_by_name'),
    ]);
}
export type ExternalWorkerListRow = Awaited<ReturnType<ReturnType<typeof externalWorkerRows>['executeTakeFirstOrThrow']>>;

/**
 * A project's register: today's by default, those still on site (`onSite=true`, any day), or a range
 * of visit dates; newest arrival first. `onSiteCount` is how many are on site now, whatever the filter.
 */
export async function listExternalWorkers(db: DbOrTx, actor: Actor, projectId: string, query: ListExternalWorkersQuery, now: Date = new Date()): Promise<Page<ExternalWorkerListRow> & { onSiteCount: number }> {
  assertProjectVisible(actor, projectId, 'entity.project');
  if (query.from && query.to && query.to < query.from) throw new ValidationError({ to: 'externalWorker.field.dateRange' });
  let q = externalWorkerRows(db).where('w.company_id', '=', actor.companyId).where('w.project_id', '=', projectId);
  const today = businessDate(now);
  if (query.onSite === 'true') q = q.where('w.time_out', 'is', null);
  if (query.onSite === 'false') q = q.where('w.time_out', 'is not', null);
  const from = query.from ?? (query.onSite || query.to ? undefined : today);
  const to = query.to ?? (query.onSite || query.from ? undefined : today);
  if (from) q = q.where('w.visit_date', '>=', from);
  if (to) q = q.where('w.visit_date', '<=', to);
  if (query.q) q = q.where(containsText(['w.name', 'w.company_name', 'w.visiting', 'w.purpose'], query.q));
  const [page, onSite] = await Promise.all([
    paginate(q, (r) => r.orderBy('w.time_in', 'desc').orderBy('w.id', 'desc'), query),
    db.selectFrom('external_workers').select((eb) => eb.fn.countAll<number>().as('n')).where('project_id', '=', projectId).where('time_out', 'is', null).executeTakeFirstOrThrow(),
  ]);
  return { ...page, onSiteCount: Number(onSite.n) };
}

/** One registration with its names, already checked visible. */
export function readExternalWorker(db: DbOrTx, id: string): Promise<ExternalWorkerListRow> {
  return externalWorkerRows(db).where('w.id', '=', id).executeTakeFirstOrThrow();
}
