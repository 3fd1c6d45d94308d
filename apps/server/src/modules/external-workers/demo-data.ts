import { businessDate, uuidv7 } from '@guanjia/domain';
import type { DemoIds } from '../../demo/seed-demo.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { ExternalWorkerRow } from './external-worker-access.js';
import { recordExternalWorkerEvent } from './external-worker-access.js';

const HOUR = 3_600_000;

/** Two outside workers at project 1's sales center today: a cleaner of the window contractor still on site, an AC technician gone. */
export async function seedExternalWorkerDemo(trx: Tx, ids: DemoIds): Promise<void> {
  const projectId = ids.projectIds[0];
  const butler = ids.users.butler;
  const center = await trx.selectFrom('sales_centers').select('id').where('project_id', '=', projectId).orderBy('id').executeTakeFirst();
  if (!butler) return;
  const now = Date.now();
  const workers = [
    { name: '黄师傅', phone: '13611112222', id_number: '310115198505051234', company_name: '洁亮外墙清洗有限公司', purpose: '售楼处玻璃幕墙清洗', visiting: '保洁岗 王班长', inHoursAgo: 2, outHoursAgo: null },
    { name: '林工', phone: '13733334444', id_number: null, company_name: '格力空调售后服务中心', purpose: '样板房空调检修', visiting: '工程部', inHoursAgo: 3, outHoursAgo: 1 },
  ];
  for (const w of workers) {
    const timeIn = new Date(now - w.inHoursAgo * HOUR).toISOString();
    const timeOut = w.outHoursAgo === null ? null : new Date(now - w.outHoursAgo * HOUR).toISOString();
    const row: ExternalWorkerRow = {
      id: uuidv7(),
      company_id: ids.companyId,
      project_id: projectId,
      sales_center_id: center?.id ?? null,
      name: w.name,
      phone: w.phone,
      id_number: w.id_number,
      company_name: w.company_name,
      purpose: w.purpose,
      visiting: w.visiting,
      note: null,
      time_in: timeIn,
      time_out: timeOut,
      visit_date: businessDate(timeIn),
      registered_by: butler,
      signed_out_by: timeOut ? butler : null,
      ...newRowStamp(timeIn),
      ...(timeOut ? { updated_at: timeOut, version: 2 } : {}),
    };
    await trx.insertInto('external_workers').values(row).execute();
    await recordExternalWorkerEvent(trx, row, { action: 'register', actorId: butler, data: { timeIn }, at: timeIn });
    if (timeOut) await recordExternalWorkerEvent(trx, row, { action: 'signOut', actorId: butler, data: { timeOut }, at: timeOut });
  }
}
