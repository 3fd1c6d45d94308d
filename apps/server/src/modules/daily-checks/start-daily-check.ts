import { businessDate, uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { getSalesCenter } from '../org/get-sales-center.js';
import type { DailyCheckItemRow, DailyCheckRow } from './daily-check-access.js';
import { resolveDailyCheckTemplate } from './daily-check-template.js';
import { recordDailyCheckEvent } from './record-daily-check-event.js';

export interface StartedCheck {
  check: DailyCheckRow;
  /** False when the day's check already existed (started earlier, or by a colleague at the same moment). */
  created: boolean;
}

/**
 * Starts today's (Asia/Shanghai) check of a sales center, copying the project's checklist. A sales
 * center has one check a day: the unique index over (sales center, day) decides between two butlers
 * starting at once, and the one whose insert did nothing gets the check the other started.
 */
export async function startDailyCheck(trx: Tx, actor: Actor, salesCenterId: string, now: Date = new Date()): Promise<StartedCheck> {
  const center = await getSalesCenter(trx, actor, salesCenterId);
  const at = now.toISOString();
  const check: DailyCheckRow = {
    id: uuidv7(),
    company_id: center.company_id,
    project_id: center.project_id,
    sales_center_id: center.id,
    business_date: businessDate(now),
    status: 'inProgress',
    started_by: actor.userId,
    started_at: at,
    completed_by: null,
    completed_at: null,
    ...newRowStamp(at),
  };
  // ON CONFLICT DO NOTHING never aborts the PostgreSQL transaction, so the existing row can be read next.
  const inserted = await trx
    .insertInto('daily_checks')
    .values(check)
    .onConflict((oc) => oc.columns(['sales_center_id', 'business_date']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) {
    const existing = await trx.selectFrom('daily_checks').selectAll().where('sales_center_id', '=', center.id).where('business_date', '=', check.business_date).executeTakeFirstOrThrow();
    return { check: existing, created: false };
  }

  const { items } = await resolveDailyCheckTemplate(trx, center.project_id);
  const rows: DailyCheckItemRow[] = items.map((item, position) => ({
    id: uuidv7(),
    company_id: check.company_id,
    project_id: check.project_id,
    check_id: check.id,
    position,
    item_key: item.key,
    text: item.text,
    department_id: item.departmentId,
    result: null,
    note: null,
    photo_ids: '[]',
    work_order_id: null,
    answered_by: null,
    answered_at: null,
    ...newRowStamp(at),
  }));
  if (rows.length) await trx.insertInto('daily_check_items').values(rows).execute();
  await recordDailyCheckEvent(trx, check, { action: 'start', to: 'inProgress', actorId: actor.userId, data: { items: rows.length }, at });
  await recordAudit(trx, actor, check.company_id, { action: 'create', entityType: 'dailyCheck', entityId: check.id, projectId: check.project_id, after: check });
  return { check, created: true };
}
