import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { ValidationError } from '../../platform/http/errors.js';
import { paginate, type Page } from '../../platform/http/paging.js';
import { checkSummaries, presentCheckSummary } from './day-summaries.js';
import type { DaySummaryView, ListChecksQuery } from './schemas.js';

/** Past checks of a project (optionally one sales center, a date range), newest day first. */
export async function listDailyChecks(db: DbOrTx, actor: Actor, query: ListChecksQuery): Promise<Page<DaySummaryView>> {
  assertProjectVisible(actor, query.projectId, 'entity.project');
  if (query.from && query.to && query.to < query.from) throw new ValidationError({ to: 'dailyCheck.field.dateRange' });
  let q = checkSummaries(db).where('c.company_id', '=', actor.companyId).where('c.project_id', '=', query.projectId);
  if (query.salesCenterId) q = q.where('c.sales_center_id', '=', query.salesCenterId);
  if (query.from) q = q.where('c.business_date', '>=', query.from);
  if (query.to) q = q.where('c.business_date', '<=', query.to);
  const page = await paginate(q, (r) => r.orderBy('c.business_date', 'desc').orderBy('s.name'), query);
  return { ...page, items: page.items.map(presentCheckSummary) };
}
