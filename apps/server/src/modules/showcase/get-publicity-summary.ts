import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { fieldRefusal } from './showcase-access.js';

/** 发放与播放统计: per item of the project, copies handed out, screen plays and H5 views in the date range. */
export async function getPublicitySummary(db: DbOrTx, actor: Actor, query: { projectId: string; from: string; to: string; salesCenterId?: string }) {
  assertProjectVisible(actor, query.projectId, 'entity.project');
  if (query.to < query.from) throw fieldRefusal('DATE_RANGE', 'to', 'showcase.field.dateRange');
  let handouts = db
    .selectFrom('publicity_handouts')
    .select(['item_id', (eb) => eb.fn.sum<number>('quantity').as('n')])
    .where('project_id', '=', query.projectId)
    .where('handout_date', '>=', query.from)
    .where('handout_date', '<=', query.to);
  let counters = db
    .selectFrom('publicity_counters')
    .select(['item_id', 'counter', (eb) => eb.fn.sum<number>('quantity').as('n')])
    .where('project_id', '=', query.projectId)
    .where('count_date', '>=', query.from)
    .where('count_date', '<=', query.to);
  if (query.salesCenterId) {
    handouts = handouts.where('sales_center_id', '=', query.salesCenterId);
    counters = counters.where('sales_center_id', '=', query.salesCenterId);
  }
  const [items, handed, counted] = await Promise.all([
    db.selectFrom('publicity_items').select(['id', 'title', 'kind', 'topic', 'status']).where('project_id', '=', query.projectId).where('company_id', '=', actor.companyId).orderBy('display_order').orderBy('created_at').execute(),
    handouts.groupBy('item_id').execute(),
    counters.groupBy(['item_id', 'counter']).execute(),
  ]);
  const handedOf = new Map(handed.map((h) => [h.item_id, Number(h.n)]));
  const countOf = new Map(counted.map((c) => [`${c.item_id}:${c.counter}`, Number(c.n)]));
  const rows = items.map((item) => ({
    item,
    handedOut: handedOf.get(item.id) ?? 0,
    played: countOf.get(`${item.id}:played`) ?? 0,
    viewed: countOf.get(`${item.id}:viewed`) ?? 0,
  }));
  const sum = (k: 'handedOut' | 'played' | 'viewed') => rows.reduce((s, r) => s + r[k], 0);
  return { from: query.from, to: query.to, items: rows, totals: { handedOut: sum('handedOut'), played: sum('played'), viewed: sum('viewed') } };
}
