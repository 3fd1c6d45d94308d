import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { userNames } from './drill-access.js';
import { dateRange } from './list-drill-days.js';
import type { MissedListView } from './schemas.js';

/** The drills flagged missed in a project's sales centers over a date range, newest first, with who was told. */
export async function listMissedDrills(db: DbOrTx, actor: Actor, projectId: string, from: string, to: string): Promise<MissedListView> {
  assertProjectVisible(actor, projectId, 'entity.project');
  dateRange(from, to);
  const rows = await db
    .selectFrom('etiquette_missed_drills as m')
    .innerJoin('sales_centers as c', 'c.id', 'm.sales_center_id')
    .select(['m.id', 'm.sales_center_id', 'c.name as center_name', 'm.drill_date', 'm.slot_start', 'm.slot_end', 'm.kind', 'm.flagged_at', 'm.notified_user_ids'])
    .where('m.project_id', '=', projectId)
    .where('m.company_id', '=', actor.companyId)
    .where('m.drill_date', '>=', from)
    .where('m.drill_date', '<=', to)
    .orderBy('m.drill_date', 'desc')
    .orderBy('m.slot_start', 'desc')
    .orderBy('c.name')
    .execute();
  const names = await userNames(db, rows.flatMap((r) => JSON.parse(r.notified_user_ids) as string[]));
  return {
    items: rows.map((r) => ({
      id: r.id,
      salesCenter: { id: r.sales_center_id, name: r.center_name },
      date: r.drill_date,
      start: r.slot_start,
      end: r.slot_end,
      kind: r.kind,
      flaggedAt: r.flagged_at,
      notified: (JSON.parse(r.notified_user_ids) as string[]).map((id) => ({ id, name: names.get(id) ?? '' })),
    })),
  };
}
