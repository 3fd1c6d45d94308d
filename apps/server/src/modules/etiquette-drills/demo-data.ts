import { businessDate, businessMinuteOfDay, isoWeekday, shanghaiInstant, uuidv7 } from '@guanjia/domain';
import { epochDayToDate, parseDateToEpochDay } from '@guanjia/domain/calendar/epoch-day';
import { drillTimetable } from '@guanjia/domain/etiquette-drills/drill-timetable';
import type { DemoIds } from '../../demo/seed-demo.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';

const DAY = 86_400_000;
const pad = (h: number) => `${String(h).padStart(2, '0')}:00`;

/**
 * Project 1's sales center is in a peak from today to the coming Sunday, set up a week ago. Its
 * hours reach back three hours from the seed's hour (normally 09:00–18:00), so earlier today the
 * drills were held and recorded, except the last hour ended, which is flagged missed.
 */
export async function seedEtiquetteDrillDemo(trx: Tx, ids: DemoIds): Promise<void> {
  const now = new Date();
  const today = businessDate(now);
  const projectId = ids.projectIds[0];
  const center = await trx.selectFrom('sales_centers').select('id').where('project_id', '=', projectId).orderBy('id').executeTakeFirst();
  if (!center) return;
  const tenancy = { company_id: ids.companyId, project_id: projectId, sales_center_id: center.id };
  const hour = Math.floor(businessMinuteOfDay(now) / 60);
  const startHour = Math.max(0, Math.min(9, hour - 3));
  const endHour = Math.max(startHour + 1, Math.min(24, Math.max(18, hour + 3)));
  // On a Sunday the coming weekend is next week's.
  const sunday = epochDayToDate(parseDateToEpochDay(today) + (isoWeekday(today) === 7 ? 7 : 7 - isoWeekday(today)));
  const setUp = new Date(now.getTime() - 7 * DAY).toISOString();
  const period = { id: uuidv7(), ...tenancy, start_date: today, end_date: sunday, start_time: pad(startHour), end_time: pad(endHour), weekdays: '[]', created_by: ids.users.manager, ...newRowStamp(setUp) };
  await trx.insertInto('etiquette_peak_periods').values(period).execute();

  const slots = drillTimetable([{ salesCenterId: center.id, startDate: today, endDate: sunday, startTime: period.start_time, endTime: period.end_time }], today);
  const ended = slots.filter((s) => shanghaiInstant(s.date, s.end).getTime() <= now.getTime());
  const missed = ended.at(-1);
  for (const slot of ended.slice(0, -1)) {
    const at = new Date(shanghaiInstant(slot.date, slot.start).getTime() + 10 * 60_000).toISOString();
    await trx
      .insertInto('etiquette_drill_records')
      .values({
        id: uuidv7(),
        ...tenancy,
        drill_date: slot.date,
        slot_start: slot.start,
        slot_end: slot.end,
        kind: slot.kind,
        performer_ids: JSON.stringify([ids.users.butler, ids.users.manager]),
        photo_file_id: null,
        note: slot.kind === 'guardDrill' ? '秩序维护岗 4 人会操，口令整齐' : '按标准流程演示，客户驻足观看',
        recorded_by: ids.users.butler,
        recorded_at: at,
      })
      .execute();
  }
  if (missed) {
    await trx
      .insertInto('etiquette_missed_drills')
      .values({
        id: uuidv7(),
        ...tenancy,
        drill_date: missed.date,
        slot_start: missed.start,
        slot_end: missed.end,
        kind: missed.kind,
        notified_user_ids: JSON.stringify([ids.users.manager]),
        flagged_at: new Date(Math.min(now.getTime(), shanghaiInstant(missed.date, missed.end).getTime() + 5 * 60_000)).toISOString(),
      })
      .execute();
  }
}
