import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { ListWorkOrdersQuery, WorkOrderRow } from './list-schemas.js';
import { LIST_COLUMNS, presentWorkOrderRow, rowLookupsOf, withRowNames } from './present-work-order-rows.js';
import { filteredWorkOrders } from './work-order-filters.js';

export interface KeysetPage<T> {
  items: T[];
  /** The id to pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/**
 * The work-order list, newest first, paged by keyset on the id (UUIDv7, so time-ordered): each page
 * is one index range read however deep the caller pages, and rows created meanwhile never shift it.
 */
export async function listWorkOrders(db: DbOrTx, actor: Actor, query: ListWorkOrdersQuery, now: string = new Date().toISOString()): Promise<KeysetPage<WorkOrderRow>> {
  let q = filteredWorkOrders(db, actor, query, now).select(LIST_COLUMNS);
  if (query.cursor) q = q.where('id', '<', query.cursor);
  // One extra row tells whether another page follows without counting.
  const rows = await withRowNames(db, q.orderBy('id', 'desc').limit(query.limit + 1)).execute();
  const more = rows.length > query.limit;
  const page = more ? rows.slice(0, query.limit) : rows;
  const lookups = rowLookupsOf(page);
  return {
    items: page.map((r) => presentWorkOrderRow(actor, r, lookups, now)),
    nextCursor: more ? page[page.length - 1].id : null,
  };
}
