import { uuidv7 } from '@guanjia/domain';
import { peakPeriodProblem } from '@guanjia/domain/etiquette-drills/drill-timetable';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { findVisibleSalesCenter, type PeakPeriodRow } from './drill-access.js';
import { peakPeriodError } from './drill-errors.js';
import type { PeakPeriodBody } from './schemas.js';

/** Adds a peak sales period to a sales center; its hours get one drill each from then on. */
export async function createPeakPeriod(trx: Tx, actor: Actor, input: PeakPeriodBody, now: Date = new Date()): Promise<PeakPeriodRow> {
  const center = await findVisibleSalesCenter(trx, actor, input.salesCenterId);
  const problem = peakPeriodProblem(input);
  if (problem) throw peakPeriodError(problem);
  const row: PeakPeriodRow = {
    id: uuidv7(),
    company_id: center.company_id,
    project_id: center.project_id,
    sales_center_id: center.id,
    start_date: input.startDate,
    end_date: input.endDate,
    start_time: input.startTime,
    end_time: input.endTime,
    weekdays: JSON.stringify([...new Set(input.weekdays ?? [])].sort((a, b) => a - b)),
    created_by: actor.userId,
    ...newRowStamp(now.toISOString()),
  };
  await trx.insertInto('etiquette_peak_periods').values(row).execute();
  await recordAudit(trx, actor, row.company_id, { action: 'create', entityType: 'peakSalesPeriod', entityId: row.id, projectId: row.project_id, after: row });
  return row;
}
