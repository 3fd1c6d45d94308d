import { businessDate } from '@guanjia/domain';
import { DRILL_RECORDER_ROLES } from '@guanjia/domain/etiquette-drills/drill-rules';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { hasRole } from '../../platform/http/access.js';
import { findVisibleSalesCenter } from './drill-access.js';
import { presentDrillDays } from './present-drill-days.js';
import { projectPerformers } from './project-performers.js';
import type { TimetableView } from './schemas.js';

/** A sales center's drill timetable of a date (today by default) with each slot's status and record. */
export async function getDrillTimetable(db: DbOrTx, actor: Actor, salesCenterId: string, date: string | undefined, now: Date = new Date()): Promise<TimetableView> {
  const center = await findVisibleSalesCenter(db, actor, salesCenterId);
  const today = businessDate(now);
  const recorder = hasRole(actor, ...DRILL_RECORDER_ROLES);
  const [day] = await presentDrillDays(db, center, [date ?? today], now, recorder);
  const offersRecord = day!.slots.some((s) => s.allowedActions.length > 0);
  return {
    salesCenter: { id: center.id, name: center.name, projectId: center.project_id },
    date: day!.date,
    today,
    now: now.toISOString(),
    slots: day!.slots,
    counts: day!.counts,
    performerOptions: offersRecord ? await projectPerformers(db, center.project_id) : [],
  };
}
