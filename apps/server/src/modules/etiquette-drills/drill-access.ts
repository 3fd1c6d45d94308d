import type { Selectable } from 'kysely';
import { DRILL_KINDS, type DrillKind, type DrillRecord, type PeakSalesPeriod } from '@guanjia/domain/etiquette-drills/drill-timetable';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { SalesCenterTable } from '../org/tables.js';
import type { EtiquetteDrillRecordTable, EtiquetteDrillRotationTable, EtiquettePeakPeriodTable } from './tables.js';

export type PeakPeriodRow = Selectable<EtiquettePeakPeriodTable>;
export type DrillRotationRow = Selectable<EtiquetteDrillRotationTable>;
export type DrillRecordRow = Selectable<EtiquetteDrillRecordTable>;
export type SalesCenterRow = Selectable<SalesCenterTable>;

/** A sales center of a project the actor sees, or 404. */
export async function findVisibleSalesCenter(db: DbOrTx, actor: Actor, id: string): Promise<SalesCenterRow> {
  const row = await db.selectFrom('sales_centers').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.salesCenter');
  assertProjectVisible(actor, row.project_id, 'entity.salesCenter');
  return row;
}

/** A peak period of a sales center the actor sees, or 404. */
export async function findVisiblePeakPeriod(db: DbOrTx, actor: Actor, id: string): Promise<PeakPeriodRow> {
  const row = await db.selectFrom('etiquette_peak_periods').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.peakPeriod');
  assertProjectVisible(actor, row.project_id, 'entity.peakPeriod');
  return row;
}

export function peakPeriodOf(row: PeakPeriodRow): PeakSalesPeriod & { createdAt: string } {
  return {
    salesCenterId: row.sales_center_id,
    startDate: row.start_date,
    endDate: row.end_date,
    startTime: row.start_time,
    endTime: row.end_time,
    weekdays: JSON.parse(row.weekdays) as number[],
    createdAt: row.created_at,
  };
}

export function drillRecordOf(row: DrillRecordRow): DrillRecord {
  return { salesCenterId: row.sales_center_id, date: row.drill_date, start: row.slot_start, recordedAt: row.recorded_at };
}

/** The rotation row's kinds, or the default order. */
export function rotationKinds(row: DrillRotationRow | undefined): DrillKind[] {
  return row ? (JSON.parse(row.kinds) as DrillKind[]) : [...DRILL_KINDS];
}

/** What a sales center's timetable for dates from…to is made of: its periods reaching them, its rotation and its records. */
export async function loadDrillDays(db: DbOrTx, salesCenterId: string, from: string, to: string) {
  const periods = await db
    .selectFrom('etiquette_peak_periods')
    .selectAll()
    .where('sales_center_id', '=', salesCenterId)
    .where('end_date', '>=', from)
    .where('start_date', '<=', to)
    .orderBy('start_date')
    .orderBy('start_time')
    .orderBy('id')
    .execute();
  const rotation = await db.selectFrom('etiquette_drill_rotations').selectAll().where('sales_center_id', '=', salesCenterId).executeTakeFirst();
  const records = await db.selectFrom('etiquette_drill_records').selectAll().where('sales_center_id', '=', salesCenterId).where('drill_date', '>=', from).where('drill_date', '<=', to).execute();
  return { periods, rotation, records };
}

/** Names of users by id. */
export async function userNames(db: DbOrTx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  if (!unique.length) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
