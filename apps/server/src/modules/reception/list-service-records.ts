import { businessDate } from '@guanjia/domain';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { findVisibleSalesCenter } from './reception-access.js';

/** The services recorded at a sales center on a day (default today), newest first. */
export async function listServiceRecords(db: DbOrTx, actor: Actor, salesCenterId: string, date: string | undefined, now: Date = new Date()) {
  const center = await findVisibleSalesCenter(db, actor, salesCenterId);
  const rows = await db
    .selectFrom('reception_service_records as r')
    .innerJoin('reception_reference_services as s', 's.id', 'r.service_id')
    .innerJoin('users as u', 'u.id', 'r.recorded_by')
    .leftJoin('reception_visits as v', 'v.id', 'r.visit_id')
    .select(['r.id', 'r.sales_center_id', 'r.visit_id', 'r.note', 'r.recorded_at', 'r.recorded_by', 's.id as serviceId', 's.number', 's.name', 'u.name as recorderName', 'v.visitor_name'])
    .where('r.sales_center_id', '=', center.id)
    .where('r.record_date', '=', date ?? businessDate(now))
    .orderBy('r.id', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    salesCenterId: r.sales_center_id,
    service: { id: r.serviceId, number: r.number, name: r.name },
    visitId: r.visit_id,
    visitorName: r.visitor_name ?? null,
    note: r.note,
    recordedBy: { id: r.recorded_by, name: r.recorderName },
    recordedAt: r.recorded_at,
  }));
}
