import { businessDate } from '@guanjia/domain';
import { ON_SITE_VISIT_STATUSES } from '@guanjia/domain/reception/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { getReceptionSettings } from './get-reception-settings.js';
import { loadRotation, presentRotation } from './load-rotation.js';
import { loadVisitContext, presentAlert, presentVisit } from './present-visit.js';
import { findVisibleSalesCenter } from './reception-access.js';

/**
 * The reception board of a sales center today: appointments still to come, visitors on site with
 * how long each has waited, VIPs of the day, open alerts, and who the rotation serves next. One
 * read of the day's visits and one of their journeys, whatever the number of visitors.
 */
export async function getReceptionBoard(db: DbOrTx, actor: Actor, salesCenterId: string, now: Date = new Date()) {
  const center = await findVisibleSalesCenter(db, actor, salesCenterId);
  const date = businessDate(now);
  const ofToday = db.selectFrom('reception_visits').where('sales_center_id', '=', center.id).where('visit_date', '=', date);
  const [settings, shown, departed, alerts, rotation] = await Promise.all([
    getReceptionSettings(db, center.id),
    // Visitors seen off (most of a busy day) are only counted; the index (center, day, status) answers both.
    ofToday.selectAll().where('status', 'not in', ['departed', 'cancelled']).orderBy('id').execute(),
    ofToday.select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'departed').executeTakeFirstOrThrow(),
    db
      .selectFrom('reception_handoff_alerts as a')
      .innerJoin('reception_visits as v', 'v.id', 'a.visit_id')
      .selectAll('a')
      .select('v.visitor_name')
      .where('a.sales_center_id', '=', center.id)
      .where('a.handled_at', 'is', null)
      .where('v.visit_date', '=', date)
      .orderBy('a.raised_at')
      .orderBy('a.id')
      .execute(),
    loadRotation(db, center.id, date),
  ]);
  const ctx = await loadVisitContext(db, shown, alerts.flatMap((a) => [a.consultant_id]));
  // Each visit is presented once; a VIP on site is the same object in both lists.
  const presented = new Map(shown.map((v) => [v.id, presentVisit(v, actor, ctx, now)]));
  const present = (list: typeof shown) => list.map((v) => presented.get(v.id)!);
  const byTime = (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? '');
  return {
    salesCenter: { id: center.id, name: center.name, projectId: center.project_id },
    date,
    now: now.toISOString(),
    alertThresholdSeconds: settings.alertThresholdSeconds,
    appointments: present(shown.filter((v) => v.status === 'expected' || v.status === 'noShow').sort((a, b) => byTime(a.appointment_at, b.appointment_at))),
    onSite: present(shown.filter((v) => ON_SITE_VISIT_STATUSES.includes(v.status)).sort((a, b) => byTime(a.checked_in_at, b.checked_in_at))),
    vips: present(shown.filter((v) => v.type === 'vip')),
    alerts: alerts.map((a) => presentAlert(a, ctx.names)),
    departedCount: Number(departed.n),
    rotation: await presentRotation(db, rotation),
  };
}
