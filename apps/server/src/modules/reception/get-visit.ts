import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { loadVisibleVisit, userNames } from './reception-access.js';
import { presentAlert, presentOneVisit } from './present-visit.js';
import type { VisitView } from './schemas.js';

/** One visit with its full history (hand-offs, alerts, steps) and its alerts; a consultant sees only their own visitors. */
export async function getVisit(db: DbOrTx, actor: Actor, id: string, now: Date = new Date()) {
  const visit = await loadVisibleVisit(db, actor, id);
  const [view, events, alerts] = await Promise.all([
    presentOneVisit(db, actor, visit, now),
    db.selectFrom('reception_visit_events').selectAll().where('visit_id', '=', id).orderBy('id').execute(),
    db.selectFrom('reception_handoff_alerts').selectAll().where('visit_id', '=', id).orderBy('raised_at').orderBy('id').execute(),
  ]);
  const names = await userNames(db, [...events.map((e) => e.actor_id), ...alerts.flatMap((a) => [a.consultant_id, a.handled_by])]);
  const person = (userId: string | null) => (userId ? { id: userId, name: names.get(userId) ?? '' } : null);
  return {
    ...(view as VisitView),
    events: events.map((e) => ({
      id: e.id,
      action: e.action,
      step: e.step,
      outcome: e.outcome,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      actor: person(e.actor_id),
      data: e.data ? (JSON.parse(e.data) as Record<string, unknown>) : null,
      at: e.at,
    })),
    alerts: alerts.map((a) => presentAlert({ ...a, visitor_name: visit.visitor_name }, names)),
  };
}
