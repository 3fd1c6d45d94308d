import { MANUAL_ALERT_HANDLINGS, secondsWaited, type VisitType } from '@guanjia/domain/reception/index';
import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { userNames } from '../reception/reception-access.js';
import { countWhen } from '../../platform/db/count-when.js';
import type { DashboardRange } from './dashboard-range.js';
import type { ConsultantFigures, DayFigures, VisitFigures } from './schemas.js';

/** One row per day, consultant and visit type: what the day and consultant figures are folded from. */
function visitCounts(db: DbOrTx, centerId: string, range: DashboardRange) {
  return db
    .selectFrom('reception_visits')
    .select(['visit_date', 'consultant_id', 'type'])
    .select([
      countWhen(sql`checked_in_at is not null`).as('arrived'),
      sql<number>`sum(case when checked_in_at is not null then party_size else 0 end)`.as('people'),
      countWhen(sql`status = 'noShow'`).as('no_shows'),
      countWhen(sql`status = 'departed'`).as('departed'),
      countWhen(sql`status = 'departed' and accompaniment_complete = 1`).as('complete'),
    ])
    .where('sales_center_id', '=', centerId)
    .where('visit_date', '>=', range.from)
    .where('visit_date', '<=', range.to)
    .groupBy(['visit_date', 'consultant_id', 'type'])
    .execute();
}

/**
 * The received visits' times, so the wait is the reception rule's own (`secondsWaited`: check-in
 * to the consultant coming out) rather than date arithmetic written twice in two SQL dialects.
 * One narrow indexed read for the whole range; a quarter of a busy sales center is some thousands of rows.
 */
function receivedTimes(db: DbOrTx, centerId: string, range: DashboardRange) {
  return db
    .selectFrom('reception_visits')
    .select(['visit_date', 'consultant_id', 'status', 'checked_in_at', 'notified_at', 'received_at'])
    .where('sales_center_id', '=', centerId)
    .where('visit_date', '>=', range.from)
    .where('visit_date', '<=', range.to)
    .where('received_at', 'is not', null)
    .execute();
}

/** Alerts by the day of their visit and the consultant who did not come out. */
function alertCounts(db: DbOrTx, centerId: string, range: DashboardRange) {
  return db
    .selectFrom('reception_handoff_alerts as a')
    .innerJoin('reception_visits as v', 'v.id', 'a.visit_id')
    .select(['v.visit_date', 'a.consultant_id'])
    .select([sql<number>`count(*)`.as('raised'), countWhen(sql`a.handled_how in (${sql.join([...MANUAL_ALERT_HANDLINGS])})`).as('handled')])
    .where('v.sales_center_id', '=', centerId)
    .where('v.visit_date', '>=', range.from)
    .where('v.visit_date', '<=', range.to)
    .groupBy(['v.visit_date', 'a.consultant_id'])
    .execute();
}

function dutyDays(db: DbOrTx, centerId: string, range: DashboardRange) {
  return db
    .selectFrom('reception_duty_rosters')
    .select(['consultant_id', sql<number>`count(*)`.as('days')])
    .where('sales_center_id', '=', centerId)
    .where('duty_date', '>=', range.from)
    .where('duty_date', '<=', range.to)
    .where('on_duty', '=', 1)
    .groupBy('consultant_id')
    .execute();
}

/** Figures being added up, with the wait kept as a sum until the end. */
interface Tally extends Omit<VisitFigures, 'averageWaitSeconds'> {
  waitSum: number;
}

const emptyTally = (): Tally => ({
  visitors: 0,
  people: 0,
  byType: { appointment: 0, walkIn: 0, viewingGroup: 0, vip: 0 },
  walkIns: 0,
  appointments: 0,
  noShows: 0,
  received: 0,
  waitSum: 0,
  alertsRaised: 0,
  alertsHandled: 0,
  accompanimentComplete: 0,
  departed: 0,
});

function finish({ waitSum, ...t }: Tally): VisitFigures {
  return { ...t, walkIns: t.byType.walkIn, appointments: t.byType.appointment, averageWaitSeconds: t.received ? Math.round(waitSum / t.received) : null };
}

export interface VisitFigureSet {
  days: DayFigures[];
  consultants: ConsultantFigures[];
  totals: VisitFigures;
}

/**
 * Visitors, waits, alerts and accompaniment of a sales center over the range, per day, per
 * consultant and in total: four grouped reads however long the range, folded here.
 */
export async function loadVisitFigures(db: DbOrTx, centerId: string, range: DashboardRange, now: Date): Promise<VisitFigureSet> {
  const [visits, received, alerts, duty] = await Promise.all([
    visitCounts(db, centerId, range),
    receivedTimes(db, centerId, range),
    alertCounts(db, centerId, range),
    dutyDays(db, centerId, range),
  ]);
  const days = new Map(range.dates.map((d) => [d, emptyTally()]));
  const people = new Map<string, Tally & { daysOnDuty: number }>();
  const totals = emptyTally();
  const personal = (id: string) => {
    let p = people.get(id);
    if (!p) people.set(id, (p = { ...emptyTally(), daysOnDuty: 0 }));
    return p;
  };
  const each = (date: string, consultantId: string, add: (t: Tally) => void) => [days.get(date), personal(consultantId), totals].forEach((t) => t && add(t));

  for (const r of visits) {
    const arrived = Number(r.arrived);
    each(r.visit_date, r.consultant_id, (t) => {
      t.visitors += arrived;
      t.byType[r.type as VisitType] += arrived;
      t.people += Number(r.people);
      t.noShows += Number(r.no_shows);
      t.departed += Number(r.departed);
      t.accompanimentComplete += Number(r.complete);
    });
  }
  for (const r of received) {
    const wait = secondsWaited({ status: r.status, checkedInAt: r.checked_in_at, notifiedAt: r.notified_at, receivedAt: r.received_at }, now);
    if (wait === null) continue;
    each(r.visit_date, r.consultant_id, (t) => {
      t.received += 1;
      t.waitSum += wait;
    });
  }
  for (const r of alerts) {
    each(r.visit_date, r.consultant_id, (t) => {
      t.alertsRaised += Number(r.raised);
      t.alertsHandled += Number(r.handled);
    });
  }
  for (const r of duty) personal(r.consultant_id).daysOnDuty = Number(r.days);

  // A consultant only booked (appointments that never came) has nothing to show.
  for (const [id, p] of people) if (!p.visitors && !p.alertsRaised && !p.daysOnDuty) people.delete(id);
  const names = await userNames(db, people.keys());
  const consultants = [...people].map(([id, p]): ConsultantFigures => {
    const f = finish(p);
    return { consultant: { id, name: names.get(id) ?? '' }, daysOnDuty: p.daysOnDuty, visitors: f.visitors, walkIns: f.walkIns, received: f.received, averageWaitSeconds: f.averageWaitSeconds, alerts: f.alertsRaised };
  });
  consultants.sort((a, b) => b.visitors - a.visitors || a.consultant.name.localeCompare(b.consultant.name, 'zh-CN') || a.consultant.id.localeCompare(b.consultant.id));
  return { days: [...days].map(([date, t]) => ({ date, ...finish(t) })), consultants, totals: finish(totals) };
}
