import { businessDate } from '@guanjia/domain';
import { DEFAULT_ALERT_THRESHOLD_SECONDS } from '@guanjia/domain/reception/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { getReceptionSettings } from './get-reception-settings.js';
import { presentVisits } from './present-visit.js';

/**
 * A consultant's own day: their visitors (appointments to come, waiting, with them, seen off) and
 * the hand-offs they received, newest first. Never another consultant's visitors.
 */
export async function listMyVisits(db: DbOrTx, actor: Actor, date: string | undefined, now: Date = new Date()) {
  const day = date ?? businessDate(now);
  const visits = await db
    .selectFrom('reception_visits')
    .selectAll()
    .where('company_id', '=', actor.companyId)
    .where('consultant_id', '=', actor.userId)
    .where('visit_date', '=', day)
    .orderBy('id')
    .execute();
  const mine = visits.filter((v) => actor.projectIds.includes(v.project_id));
  const handOffs = mine.length
    ? await db
        .selectFrom('reception_visit_events')
        .select(['visit_id', 'at', 'data'])
        .where('visit_id', 'in', mine.map((v) => v.id))
        .where('action', '=', 'handOff')
        .orderBy('id', 'desc')
        .execute()
    : [];
  const byId = new Map(mine.map((v) => [v.id, v]));
  // A visit handed on to a colleague is no longer this consultant's, and neither is its earlier hand-off.
  const own = handOffs.filter((h) => (JSON.parse(h.data ?? '{}') as { consultantId?: string }).consultantId === actor.userId);
  const threshold = mine[0] ? (await getReceptionSettings(db, mine[0].sales_center_id)).alertThresholdSeconds : null;
  return {
    date: day,
    now: now.toISOString(),
    alertThresholdSeconds: threshold ?? DEFAULT_ALERT_THRESHOLD_SECONDS,
    items: await presentVisits(db, actor, mine, now),
    handOffs: own.map((h) => {
      const v = byId.get(h.visit_id)!;
      return { visitId: v.id, visitorName: v.visitor_name, type: v.type, at: h.at, salesCenterId: v.sales_center_id };
    }),
  };
}
