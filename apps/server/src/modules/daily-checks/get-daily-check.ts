import { businessDate, type WorkOrderStatus } from '@guanjia/domain';
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { getSalesCenter } from '../org/get-sales-center.js';
import { loadVisibleCheck, type DailyCheckItemRow, type DailyCheckRow } from './daily-check-access.js';
import { departmentNames, userNames } from './daily-check-template.js';
import type { DailyCheckEventTable } from './tables.js';

export interface DailyCheckDetail {
  check: DailyCheckRow;
  salesCenterName: string;
  items: DailyCheckItemRow[];
  events: Selectable<DailyCheckEventTable>[];
  users: Map<string, string>;
  departments: Map<string, string>;
  workOrders: Map<string, { number: string; status: WorkOrderStatus }>;
}

/** A check with its lines, history and the names they show. */
export async function getDailyCheck(db: DbOrTx, actor: Actor, id: string): Promise<DailyCheckDetail> {
  return readDailyCheck(db, await loadVisibleCheck(db, actor, id));
}

/** The same for a row already read and checked visible. */
export async function readDailyCheck(db: DbOrTx, check: DailyCheckRow): Promise<DailyCheckDetail> {
  const [center, items, events] = await Promise.all([
    db.selectFrom('sales_centers').select('name').where('id', '=', check.sales_center_id).executeTakeFirstOrThrow(),
    db.selectFrom('daily_check_items').selectAll().where('check_id', '=', check.id).orderBy('position').execute(),
    db.selectFrom('daily_check_events').selectAll().where('check_id', '=', check.id).orderBy('id').execute(),
  ]);
  const orderIds = items.map((i) => i.work_order_id).filter((id): id is string => id !== null);
  const [users, departments, orders] = await Promise.all([
    userNames(db, [check.started_by, check.completed_by, ...items.map((i) => i.answered_by), ...events.map((e) => e.actor_id)]),
    departmentNames(db, items.map((i) => i.department_id)),
    orderIds.length ? db.selectFrom('work_orders').select(['id', 'number', 'status']).where('id', 'in', orderIds).execute() : Promise.resolve([]),
  ]);
  return { check, salesCenterName: center.name, items, events, users, departments, workOrders: new Map(orders.map((o) => [o.id, { number: o.number, status: o.status }])) };
}

/** Today's (Asia/Shanghai) check of a sales center the caller sees, or null while nobody has started it. */
export async function getTodayDailyCheck(db: DbOrTx, actor: Actor, salesCenterId: string, now: Date = new Date()) {
  const center = await getSalesCenter(db, actor, salesCenterId);
  const date = businessDate(now);
  const check = await db.selectFrom('daily_checks').selectAll().where('sales_center_id', '=', center.id).where('business_date', '=', date).executeTakeFirst();
  return { businessDate: date, salesCenterId: center.id, detail: check ? await readDailyCheck(db, check) : null };
}
