import { peakPeriodProblem } from '@guanjia/domain/etiquette-drills/drill-timetable';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { findVisiblePeakPeriod, peakPeriodOf, type PeakPeriodRow } from './drill-access.js';
import { peakPeriodError } from './drill-errors.js';
import type { UpdatePeakPeriodBody } from './schemas.js';

/** Edits a peak period's dates, hours or weekdays; the whole period as it would be must still be valid. */
export async function updatePeakPeriod(trx: Tx, actor: Actor, id: string, patch: UpdatePeakPeriodBody): Promise<PeakPeriodRow> {
  const before = await findVisiblePeakPeriod(trx, actor, id);
  assertVersion(before.version, patch.version);
  const current = peakPeriodOf(before);
  const next = {
    salesCenterId: before.sales_center_id,
    startDate: patch.startDate ?? current.startDate,
    endDate: patch.endDate ?? current.endDate,
    startTime: patch.startTime ?? current.startTime,
    endTime: patch.endTime ?? current.endTime,
    weekdays: patch.weekdays ?? current.weekdays,
  };
  const problem = peakPeriodProblem(next);
  if (problem) throw peakPeriodError(problem);
  const changes = changedColumns(before, {
    start_date: next.startDate,
    end_date: next.endDate,
    start_time: next.startTime,
    end_time: next.endTime,
    weekdays: JSON.stringify([...new Set(next.weekdays ?? [])].sort((a, b) => a - b)),
  });
  if (!Object.keys(changes).length) return before;
  const after = await updateVersioned(trx, 'etiquette_peak_periods', before, changes);
  await recordAudit(trx, actor, after.company_id, { action: 'update', entityType: 'peakSalesPeriod', entityId: id, projectId: after.project_id, before, after });
  return after;
}
