import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { ValidationError } from '../../platform/http/errors.js';
import type { ReturnVisitRecord } from './create-return-visit.js';
import type { KeysetPage } from './list-work-orders.js';
import { loadRowLookups, presentWorkOrderRow } from './present-work-order-rows.js';
import type { ListReturnVisitsQuery, ReturnVisitRow } from './return-visit-schemas.js';

/** A visit as the API shows it; `users` maps ids to names (who recorded it). */
export function presentReturnVisit(v: ReturnVisitRecord, users: Map<string, string>, now: string) {
  return {
    id: v.id,
    workOrderId: v.work_order_id,
    projectId: v.project_id,
    status: v.status,
    dueAt: v.due_at,
    overdue: v.status === 'pending' && v.due_at < now,
    method: v.method,
    rating: v.rating,
    comment: v.comment,
    outcome: v.outcome,
    recordedBy: v.recorded_by ? { id: v.recorded_by, name: users.get(v.recorded_by) ?? '' } : null,
    doneAt: v.done_at,
    createdAt: v.created_at,
  };
}

// The cursor is the last row's due time and id: neither contains '_'.
const cursorOf = (v: ReturnVisitRecord) => `${v.due_at}_${v.id}`;
function parseCursor(cursor: string): [string, string] {
  const [dueAt, id, extra] = cursor.split('_');
  if (!dueAt || !id || extra !== undefined) throw new ValidationError({ cursor: 'field.invalidFormat' });
  return [dueAt, id];
}

/**
 * The butlers' follow-up list (回访任务): the visits of the projects the actor works in, the most
 * urgent first (due time, then id, as a keyset).
 */
export async function listReturnVisits(db: DbOrTx, actor: Actor, query: ListReturnVisitsQuery, now: string = new Date().toISOString()): Promise<KeysetPage<ReturnVisitRow>> {
  if (query.projectId) assertProjectVisible(actor, query.projectId, 'entity.project');
  const projectIds = query.projectId ? [query.projectId] : actor.projectIds;
  if (!projectIds.length) return { items: [], nextCursor: null };
  let q = db.selectFrom('return_visits').selectAll().where('company_id', '=', actor.companyId).where('project_id', 'in', projectIds);
  if (query.status) q = q.where('status', '=', query.status);
  if (query.cursor) {
    const [dueAt, id] = parseCursor(query.cursor);
    q = q.where((eb) => eb.or([eb('due_at', '>', dueAt), eb.and([eb('due_at', '=', dueAt), eb('id', '>', id)])]));
  }
  const rows = await q.orderBy('due_at').orderBy('id').limit(query.limit + 1).execute();
  const more = rows.length > query.limit;
  const page = more ? rows.slice(0, query.limit) : rows;
  if (!page.length) return { items: [], nextCursor: null };

  const orders = await db
    .selectFrom('work_orders')
    .selectAll()
    .where('id', 'in', page.map((v) => v.work_order_id))
    .execute();
  const lookups = await loadRowLookups(db, orders, page.map((v) => v.recorded_by));
  const orderById = new Map(orders.map((o) => [o.id, o]));
  const items = page.map((v): ReturnVisitRow => {
    const order = orderById.get(v.work_order_id)!;
    const row = presentWorkOrderRow(actor, order, lookups, now);
    return {
      ...presentReturnVisit(v, lookups.users, now),
      workOrder: {
        number: row.number,
        kind: row.kind,
        status: row.status,
        title: row.title,
        categoryNumber: row.categoryNumber,
        requesterName: row.requesterName,
        requesterPhone: row.requesterPhone,
        phoneRevealable: row.phoneRevealable,
        unitLabel: row.unitLabel,
        assigneeName: row.assigneeName,
        completedAt: order.completed_at,
        reopenCount: row.reopenCount,
      },
    };
  });
  return { items, nextCursor: more ? cursorOf(page[page.length - 1]) : null };
}
