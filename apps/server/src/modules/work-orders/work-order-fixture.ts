import { uuidv7 } from '@guanjia/domain';
import type { DemoIds } from '../../demo/seed-demo.js';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { WorkOrderTable } from './tables.js';

/**
 * Work-order rows written straight to the table for list, export and escalation tests, where
 * hundreds of orders in exact states and times matter more than how they got there. The id
 * carries created_at's instant, as a real order's UUIDv7 does.
 */
let sequence = 0;

export function fixtureOrder(demo: DemoIds, o: Partial<WorkOrderTable> = {}): WorkOrderTable {
  const n = ++sequence;
  const createdAt = o.created_at ?? new Date(Date.UTC(2026, 2, 1) + n * 60_000).toISOString();
  return {
    id: uuidv7(Date.parse(createdAt)),
    company_id: demo.companyId,
    project_id: demo.projectIds[0],
    number: `FX-${String(n).padStart(6, '0')}`,
    kind: 'repair',
    status: 'accepted',
    channel: 'phone',
    service_item_id: null,
    category_number: null,
    title: `测试工单 ${n}`,
    description: null,
    emergency: 0,
    household_id: null,
    unit_id: null,
    building_id: null,
    requester_user_id: null,
    requester_name: '吴先生',
    requester_phone: '13812345678',
    accountable_staff_id: demo.users.butler,
    created_by: demo.users.butler,
    service_date: null,
    service_start: null,
    service_end: null,
    lead_override_reason: null,
    dispatch_mode: null,
    assignee_department_id: null,
    assignee_user_id: null,
    assignee_vendor_id: null,
    assignment_accepted_at: null,
    accepted_at: createdAt,
    started_at: null,
    completed_at: null,
    closed_at: null,
    cancelled_at: null,
    accept_due_at: null,
    complete_due_at: null,
    escalation_level: 0,
    reopen_count: 0,
    urge_count: 0,
    return_visit_required: 0,
    satisfaction: null,
    photo_ids: '[]',
    completion_note: null,
    completion_photo_ids: '[]',
    sales_center_id: null,
    location: null,
    reply_by: null,
    replied_at: null,
    reply_note: null,
    reply_alert_level: 0,
    version: 1,
    updated_at: createdAt,
    ...o,
    created_at: createdAt,
  };
}

/** Inserts in chunks: PostgreSQL takes at most 65,535 parameters per statement. */
export async function insertOrders(db: DbOrTx, rows: readonly WorkOrderTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('work_orders').values(rows.slice(i, i + 500)).execute();
}
