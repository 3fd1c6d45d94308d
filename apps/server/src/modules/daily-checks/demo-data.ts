import { businessDate, uuidv7 } from '@guanjia/domain';
import type { DemoIds } from '../../demo/seed-demo.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { DailyCheckItemRow, DailyCheckRow } from './daily-check-access.js';
import { resolveDailyCheckTemplate } from './daily-check-template.js';
import { recordDailyCheckEvent } from './record-daily-check-event.js';

/** Passed in the demo: the water bar, the show flat and the liaison forms; the rest wait for the butler. */
const DEMO_PASSED = 3;

/**
 * Today's opening check of project 1's sales center, started by the butler at 08:30 with the first
 * lines passed. Nothing failed, so no work order is raised (other modules count theirs).
 */
export async function seedDailyCheckDemo(trx: Tx, ids: DemoIds): Promise<void> {
  const projectId = ids.projectIds[0];
  const butler = ids.users.butler;
  const center = await trx.selectFrom('sales_centers').select(['id']).where('project_id', '=', projectId).orderBy('id').executeTakeFirst();
  if (!center || !butler) return;
  const now = new Date();
  const date = businessDate(now);
  // 08:30 Shanghai of today, or now if the demo is seeded before then.
  const startedAt = new Date(Math.min(now.getTime(), Date.parse(`${date}T00:30:00.000Z`))).toISOString();
  const check: DailyCheckRow = {
    id: uuidv7(),
    company_id: ids.companyId,
    project_id: projectId,
    sales_center_id: center.id,
    business_date: date,
    status: 'inProgress',
    started_by: butler,
    started_at: startedAt,
    completed_by: null,
    completed_at: null,
    ...newRowStamp(startedAt),
  };
  const { items } = await resolveDailyCheckTemplate(trx, projectId);
  await trx.insertInto('daily_checks').values(check).execute();
  await recordDailyCheckEvent(trx, check, { action: 'start', to: 'inProgress', actorId: butler, data: { items: items.length }, at: startedAt });
  const rows: DailyCheckItemRow[] = items.map((item, position) => {
    const passed = position < DEMO_PASSED;
    return {
      id: uuidv7(),
      company_id: ids.companyId,
      project_id: projectId,
      check_id: check.id,
      position,
      item_key: item.key,
      text: item.text,
      department_id: item.departmentId,
      result: passed ? 'pass' : null,
      note: passed && position === 0 ? '矿泉水、咖啡豆、茶包已补足' : null,
      photo_ids: '[]',
      work_order_id: null,
      answered_by: passed ? butler : null,
      answered_at: passed ? startedAt : null,
      ...newRowStamp(startedAt),
    };
  });
  await trx.insertInto('daily_check_items').values(rows).execute();
  for (const row of rows.filter((r) => r.result)) {
    await recordDailyCheckEvent(trx, check, { action: 'answer', itemId: row.id, actorId: butler, data: { key: row.item_key, result: row.result, previous: null, note: row.note, photoIds: [] }, at: startedAt });
  }
}
