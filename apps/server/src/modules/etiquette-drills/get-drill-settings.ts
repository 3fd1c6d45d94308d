import { businessDate } from '@guanjia/domain';
import { DRILL_SETTINGS_ROLES } from '@guanjia/domain/etiquette-drills/drill-rules';
import { peakPeriodCovers } from '@guanjia/domain/etiquette-drills/drill-timetable';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { hasRole } from '../../platform/http/access.js';
import { findVisibleSalesCenter, peakPeriodOf, rotationKinds, type PeakPeriodRow } from './drill-access.js';
import type { DrillSettingsView, PeakPeriodView } from './schemas.js';

export function presentPeakPeriod(row: PeakPeriodRow, today: string): PeakPeriodView {
  const p = peakPeriodOf(row);
  return {
    id: row.id,
    salesCenterId: row.sales_center_id,
    startDate: p.startDate,
    endDate: p.endDate,
    startTime: p.startTime,
    endTime: p.endTime,
    weekdays: [...(p.weekdays ?? [])],
    current: peakPeriodCovers(p, today),
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** A sales center's peak sales periods (latest first) and its rotation. */
export async function getDrillSettings(db: DbOrTx, actor: Actor, salesCenterId: string, now: Date = new Date()): Promise<DrillSettingsView> {
  const center = await findVisibleSalesCenter(db, actor, salesCenterId);
  const today = businessDate(now);
  const periods = await db.selectFrom('etiquette_peak_periods').selectAll().where('sales_center_id', '=', center.id).orderBy('start_date', 'desc').orderBy('start_time').orderBy('id').execute();
  const rotation = await db.selectFrom('etiquette_drill_rotations').selectAll().where('sales_center_id', '=', center.id).executeTakeFirst();
  return {
    salesCenter: { id: center.id, name: center.name, projectId: center.project_id },
    today,
    periods: periods.map((p) => presentPeakPeriod(p, today)),
    rotation: { kinds: rotationKinds(rotation), isDefault: !rotation, version: rotation?.version ?? 0 },
    allowedActions: hasRole(actor, ...DRILL_SETTINGS_ROLES) ? ['edit'] : [],
  };
}
