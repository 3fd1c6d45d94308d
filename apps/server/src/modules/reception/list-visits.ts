import { businessDate } from '@guanjia/domain';
import { VISITOR_PHONE_ROLES } from '@guanjia/domain/reception/index';
import { sql } from 'kysely';
import { containsText } from '../../platform/db/text-search.js';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { hasRole } from '../../platform/http/access.js';
import { paginate, type Page } from '../../platform/http/paging.js';
import { findVisibleSalesCenter, type VisitRow } from './reception-access.js';
import type { VisitsQuery } from './schemas.js';

/** Visit history of a sales center (default: today), newest first, with filters on type, status, consultant and completeness. */
export async function listVisits(db: DbOrTx, actor: Actor, query: VisitsQuery, now: Date = new Date()): Promise<Page<VisitRow>> {
  const center = await findVisibleSalesCenter(db, actor, query.salesCenterId);
  const today = businessDate(now);
  let q = db
    .selectFrom('reception_visits')
    .selectAll()
    .where('sales_center_id', '=', center.id)
    .where('visit_date', '>=', query.dateFrom ?? query.dateTo ?? today)
    .where('visit_date', '<=', query.dateTo ?? (query.dateFrom && query.dateFrom > today ? query.dateFrom : today));
  if (query.type) q = q.where('type', '=', query.type);
  if (query.status) q = q.where('status', '=', query.status);
  if (query.consultantId) q = q.where('consultant_id', '=', query.consultantId);
  if (query.complete) q = q.where('accompaniment_complete', '=', query.complete === 'true' ? 1 : 0);
  if (query.q) q = q.where(containsText(hasRole(actor, ...VISITOR_PHONE_ROLES) ? ['visitor_name', 'visitor_phone'] : ['visitor_name'], query.q));
  // Newest first by when the visit happened (an appointment not yet come: by its time).
  return paginate(q, (x) => x.orderBy('visit_date', 'desc').orderBy(sql`coalesce(checked_in_at, appointment_at, created_at)`, 'desc').orderBy('id', 'desc'), query);
}
