import { drillRecordProblem } from '@guanjia/domain/etiquette-drills/drill-rules';
import { drillSlotStatus, drillTimetable, type DrillSlotStatus } from '@guanjia/domain/etiquette-drills/drill-timetable';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { drillRecordOf, loadDrillDays, peakPeriodOf, rotationKinds, userNames, type DrillRecordRow, type SalesCenterRow } from './drill-access.js';
import type { SlotView } from './schemas.js';

export interface DrillDayView {
  date: string;
  slots: SlotView[];
  counts: Record<DrillSlotStatus, number>;
}

/**
 * The sales center's drill slots of each date with their status at `now`, the record that made a
 * slot done and the missed flag. Dates must be ascending. `recorder` offers the record action on the
 * slots that can be recorded now.
 */
export async function presentDrillDays(db: DbOrTx, center: SalesCenterRow, dates: readonly string[], now: Date, recorder: boolean): Promise<DrillDayView[]> {
  if (!dates.length) return [];
  const from = dates[0]!;
  const to = dates[dates.length - 1]!;
  const { periods, rotation, records } = await loadDrillDays(db, center.id, from, to);
  const flags = await db
    .selectFrom('etiquette_missed_drills')
    .select(['drill_date', 'slot_start', 'flagged_at'])
    .where('sales_center_id', '=', center.id)
    .where('drill_date', '>=', from)
    .where('drill_date', '<=', to)
    .execute();
  const names = await userNames(db, records.flatMap((r) => [r.recorded_by, ...(JSON.parse(r.performer_ids) as string[])]));
  const person = (id: string) => ({ id, name: names.get(id) ?? '' });
  const recordBySlot = new Map(records.map((r) => [`${r.drill_date} ${r.slot_start}`, r]));
  const flagBySlot = new Map(flags.map((f) => [`${f.drill_date} ${f.slot_start}`, f.flagged_at]));
  const domainPeriods = periods.map(peakPeriodOf);
  const domainRecords = records.map(drillRecordOf);
  const kinds = rotationKinds(rotation);

  const presentRecord = (r: DrillRecordRow) => ({
    id: r.id,
    performers: (JSON.parse(r.performer_ids) as string[]).map(person),
    photoUrl: r.photo_file_id ? `/api/files/${r.photo_file_id}` : null,
    note: r.note,
    recordedBy: person(r.recorded_by),
    recordedAt: r.recorded_at,
  });

  return dates.map((date) => {
    const counts: Record<DrillSlotStatus, number> = { upcoming: 0, due: 0, done: 0, missed: 0 };
    const slots = drillTimetable(domainPeriods, date, { salesCenterId: center.id, rotation: kinds }).map((slot): SlotView => {
      const key = `${date} ${slot.start}`;
      const record = recordBySlot.get(key);
      const status = drillSlotStatus(slot, domainRecords, now);
      counts[status]++;
      const canRecord = recorder && !record && drillRecordProblem(slot, now) === null;
      return {
        date,
        start: slot.start,
        end: slot.end,
        // What was performed stays as recorded, should the rotation change later.
        kind: record?.kind ?? slot.kind,
        status,
        record: record ? presentRecord(record) : null,
        flaggedAt: flagBySlot.get(key) ?? null,
        allowedActions: canRecord ? ['record'] : [],
      };
    });
    return { date, slots, counts };
  });
}
