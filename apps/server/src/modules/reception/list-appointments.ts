import { businessDate } from '@guanjia/domain';
import { VISITOR_PHONE_ROLES } from '@guanjia/domain/reception/index';
import type { Page } from '../../platform/http/paging.js';
import { paginate } from '../../platform/http/paging.js';
import { containsText } from '../../platform/db/text-search.js';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { hasRole } from '../../platform/http/access.js';
import { findVisibleSalesCenter, seesWholeCenter, type VisitRow } from './reception-access.js';
import type { AppointmentsQuery } from './schemas.js';

/**
 * A day's appointments of a sales center (default today), by time, found by name or phone. Only
 * those who may see phones in full (the desk; a consultant among their own) search by phone, so a
 * masked number cannot be confirmed by searching for it.
 */
export async function listAppointments(db: DbOrTx, actor: Actor, query: AppointmentsQuery, now: Date = new Date()): Promise<Page<VisitRow>> {
  const center = await findVisibleSalesCenter(db, actor, query.salesCenterId);
  const whole = seesWholeCenter(actor);
  let q = db
    .selectFrom('reception_visits')
    .selectAll()
    .where('sales_center_id', '=', center.id)
    .where('visit_date', '=', query.date ?? businessDate(now))
    .where('appointment_at', 'is not', null);
  if (!whole) q = q.where('consultant_id', '=', actor.userId);
  if (query.status) q = q.where('status', '=', query.status);
  if (query.q) {
    const phoneSearch = !whole || hasRole(actor, ...VISITOR_PHONE_ROLES);
    q = q.where(containsText(phoneSearch ? ['visitor_name', 'visitor_phone'] : ['visitor_name'], query.q));
  }
  return paginate(q, (x) => x.orderBy('appointment_at').orderBy('id'), query);
}
