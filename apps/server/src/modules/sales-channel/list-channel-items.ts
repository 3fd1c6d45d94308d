import { CHANNEL_ITEM_KINDS, CHANNEL_ITEM_KIND_RULES } from '@guanjia/domain/sales-channel/channel-items';
import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { paginate, type Page } from '../../platform/http/paging.js';
import { namesOf, type ChannelItemRow } from './channel-access.js';
import { presentChannelItem, type ReceiptRow } from './present-channel-item.js';
import type { ItemView, ListItemsQuery } from './schemas.js';

const ACK_KINDS = CHANNEL_ITEM_KINDS.filter((k) => CHANNEL_ITEM_KIND_RULES[k].requiresAcknowledgement);

/** A project's feed, latest posted first, by kind or side; `awaiting=true` keeps the items the other side has not acknowledged yet. */
export async function listChannelItems(db: DbOrTx, actor: Actor, query: ListItemsQuery): Promise<Page<ItemView>> {
  assertProjectVisible(actor, query.projectId, 'entity.project');
  let q = db.selectFrom('sales_channel_items as i').selectAll('i').where('i.company_id', '=', actor.companyId).where('i.project_id', '=', query.projectId);
  if (query.kind) q = q.where('i.kind', '=', query.kind);
  if (query.side) q = q.where('i.side', '=', query.side);
  if (query.awaiting) {
    // A receipt of the current version, always from the other side (the only side that may acknowledge).
    const acknowledged = sql<boolean>`exists (select 1 from sales_channel_receipts r where r.item_id = i.id and r.item_version = i.version)`;
    q = query.awaiting === 'true' ? q.where('i.kind', 'in', ACK_KINDS).where(sql<boolean>`not ${acknowledged}`) : q.where((eb) => eb.or([eb('i.kind', 'not in', ACK_KINDS), acknowledged]));
  }
  const page = await paginate(q, (r) => r.orderBy('i.posted_at', 'desc').orderBy('i.id', 'desc'), query);
  const receipts = await currentReceipts(db, page.items);
  const names = await namesOf(db, [...page.items.flatMap((i) => [i.posted_by, i.edited_by]), ...receipts.map((r) => r.user_id)]);
  return { ...page, items: page.items.map((i) => presentChannelItem(i, receipts.filter((r) => r.item_id === i.id && r.item_version === i.version), names, actor)) };
}

/** The receipts of each item's current version. */
export async function currentReceipts(db: DbOrTx, items: readonly ChannelItemRow[]): Promise<ReceiptRow[]> {
  if (!items.length) return [];
  return db
    .selectFrom('sales_channel_receipts')
    .select(['item_id', 'item_version', 'user_id', 'side', 'acknowledged_at'])
    .where('item_id', 'in', items.map((i) => i.id))
    .orderBy('id')
    .execute();
}
