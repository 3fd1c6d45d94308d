import { canUrge, workOrderActionsFor, type WorkOrderActor, type WorkOrderHistoryAction } from '@guanjia/domain';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { loadOrderParts, slaFlags } from './present-work-order.js';
import type { H5WorkOrder } from './schemas.js';
import { workOrderSubject, type WorkOrderRow } from './work-order-access.js';

/** Staff-internal history (accountability moves, escalations, overrides, notes) stays off the owner's page. */
const INTERNAL_EVENTS: readonly string[] = ['transferAccountability', 'escalate', 'override', 'comment'] satisfies WorkOrderHistoryAction[];
/** The owner reads only what the requester side said; staff reasons (a pause, a returned job) stay internal. */
const REQUESTER_REASONS: readonly string[] = ['cancel', 'reopen', 'urge'] satisfies WorkOrderHistoryAction[];
/** What the H5 page offers; rejecting a result goes through the return visit. */
const H5_ACTIONS = ['cancel'] as const;

/** The owner's view of one of their orders: live status, the promised times and a plain timeline. */
export async function presentH5WorkOrder(db: DbOrTx, who: WorkOrderActor, row: WorkOrderRow, now: Date = new Date()): Promise<H5WorkOrder> {
  const [parts, events, unit, handler] = await Promise.all([
    loadOrderParts(db, row),
    db.selectFrom('work_order_events').select(['action', 'to_status', 'reason', 'created_at']).where('work_order_id', '=', row.id).orderBy('id').execute(),
    row.unit_id
      ? db.selectFrom('units').innerJoin('buildings', 'buildings.id', 'units.building_id').select(['units.code', 'buildings.name']).where('units.id', '=', row.unit_id).executeTakeFirst()
      : undefined,
    handlerName(db, row),
  ]);
  const subject = workOrderSubject(row);
  return {
    id: row.id,
    number: row.number,
    projectId: row.project_id,
    kind: row.kind,
    status: row.status,
    title: row.title,
    description: row.description,
    category: parts.category,
    serviceItem: parts.serviceItem,
    emergency: row.emergency === 1,
    householdId: row.household_id,
    unitLabel: unit ? `${unit.name} ${unit.code}` : null,
    serviceDate: row.service_date,
    serviceStart: row.service_start,
    serviceEnd: row.service_end,
    ...slaFlags(row, now),
    handlerName: handler,
    urgeCount: row.urge_count,
    reopenCount: row.reopen_count,
    satisfaction: row.satisfaction,
    photos: parts.photos,
    timeline: events
      .filter((e) => !INTERNAL_EVENTS.includes(e.action))
      .map((e) => ({
        action: e.action,
        toStatus: e.to_status as H5WorkOrder['status'] | null,
        reason: REQUESTER_REASONS.includes(e.action) ? e.reason : null,
        at: e.created_at,
      })),
    allowedActions: workOrderActionsFor(subject, who).filter((a) => (H5_ACTIONS as readonly string[]).includes(a)),
    canUrge: canUrge(subject, who),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function handlerName(db: DbOrTx, row: WorkOrderRow): Promise<string | null> {
  if (row.assignee_user_id) return (await db.selectFrom('users').select('name').where('id', '=', row.assignee_user_id).executeTakeFirst())?.name ?? null;
  if (row.assignee_vendor_id) return (await db.selectFrom('vendors').select('name').where('id', '=', row.assignee_vendor_id).executeTakeFirst())?.name ?? null;
  if (row.assignee_department_id) return (await db.selectFrom('departments').select('name').where('id', '=', row.assignee_department_id).executeTakeFirst())?.name ?? null;
  return null;
}
