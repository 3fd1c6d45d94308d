import { businessDate, uuidv7 } from '@guanjia/domain';
import { epochDayToDate, parseDateToEpochDay } from '@guanjia/domain/calendar/epoch-day';
import { slotPlannedInTime } from '@guanjia/domain/etiquette-drills/drill-rules';
import { DRILL_KIND_TITLES, drillTimetable, missedDrills, type DrillSlot } from '@guanjia/domain/etiquette-drills/drill-timetable';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Db } from '../../platform/db/database.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import { translate } from '../../platform/http/i18n.js';
import { notify, type NotificationRow } from '../notifications/notify.js';
import { projectStaffWithRoles } from '../work-orders/work-order-notices.js';
import { drillRecordOf, loadDrillDays, peakPeriodOf, rotationKinds } from './drill-access.js';
import './messages.js';

// Stored notifications have one text; the company's language (Chinese) is used.
const LOCALE = 'zh-CN';

export interface MissedDrillRun {
  flagged: number;
  notifications: NotificationRow[];
}

/**
 * The hourly check: every slot of yesterday and today whose hour has ended without a record is
 * flagged once (a unique index on the slot) and its project's service-center managers are told. A
 * slot of a period set up only after its hour had passed is left unflagged (see slotPlannedInTime).
 */
export async function flagMissedDrills(db: Db, now: Date): Promise<MissedDrillRun> {
  const today = businessDate(now);
  const yesterday = epochDayToDate(parseDateToEpochDay(today) - 1);
  const centers = await db.selectFrom('etiquette_peak_periods').select('sales_center_id').distinct().where('end_date', '>=', yesterday).where('start_date', '<=', today).orderBy('sales_center_id').execute();
  const run: MissedDrillRun = { flagged: 0, notifications: [] };
  for (const { sales_center_id: centerId } of centers) {
    const { periods, rotation, records } = await loadDrillDays(db, centerId, yesterday, today);
    const domainPeriods = periods.map(peakPeriodOf);
    const flagged = await db.selectFrom('etiquette_missed_drills').select(['drill_date', 'slot_start']).where('sales_center_id', '=', centerId).where('drill_date', '>=', yesterday).execute();
    const known = new Set(flagged.map((f) => `${f.drill_date} ${f.slot_start}`));
    const slots = [yesterday, today].flatMap((date) => drillTimetable(domainPeriods, date, { salesCenterId: centerId, rotation: rotationKinds(rotation) }));
    const missed = missedDrills(slots, records.map(drillRecordOf), now).filter((s) => !known.has(`${s.date} ${s.start}`) && slotPlannedInTime(domainPeriods, s));
    for (const slot of missed) {
      const notices = await inTransaction(db, (trx) => flagOne(trx, periods[0]!.company_id, periods[0]!.project_id, slot, now));
      if (notices) {
        run.flagged++;
        run.notifications.push(...notices);
      }
    }
  }
  return run;
}

/** Flags one slot and tells the managers; null when it was recorded meanwhile or another run flagged it first. */
async function flagOne(trx: Tx, companyId: string, projectId: string, slot: DrillSlot, now: Date): Promise<NotificationRow[] | null> {
  const recorded = await trx.selectFrom('etiquette_drill_records').select('id').where('sales_center_id', '=', slot.salesCenterId).where('drill_date', '=', slot.date).where('slot_start', '=', slot.start).executeTakeFirst();
  if (recorded) return null;
  const managers = await projectStaffWithRoles(trx, projectId, ['serviceCenterManager']);
  const row = {
    id: uuidv7(),
    company_id: companyId,
    project_id: projectId,
    sales_center_id: slot.salesCenterId,
    drill_date: slot.date,
    slot_start: slot.start,
    slot_end: slot.end,
    kind: slot.kind,
    notified_user_ids: JSON.stringify(managers),
    flagged_at: now.toISOString(),
  };
  const inserted = await trx
    .insertInto('etiquette_missed_drills')
    .values(row)
    .onConflict((oc) => oc.columns(['sales_center_id', 'drill_date', 'slot_start']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return null;
  await recordAudit(trx, null, companyId, { action: 'etiquetteDrill.missed', entityType: 'etiquetteDrill', entityId: row.id, projectId, after: row });
  const center = await trx.selectFrom('sales_centers').select('name').where('id', '=', slot.salesCenterId).executeTakeFirstOrThrow();
  const params = { center: center.name, date: slot.date, start: slot.start, end: slot.end, kind: DRILL_KIND_TITLES[slot.kind].zh };
  return notify(trx, {
    userIds: managers,
    kind: 'etiquetteDrill.missed',
    projectId,
    link: `/etiquette-drills?salesCenterId=${slot.salesCenterId}&date=${slot.date}`,
    title: translate(LOCALE, 'etiquetteDrill.notice.missedTitle', params),
    body: translate(LOCALE, 'etiquetteDrill.notice.missedBody', params),
  });
}
