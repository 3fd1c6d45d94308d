import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { loadChannelItem, named, namesOf, type ChannelItemRow } from './channel-access.js';
import { currentReceipts } from './list-channel-items.js';
import { presentChannelItem, presentReceipt } from './present-channel-item.js';
import type { ItemDetailView } from './schemas.js';

export async function getChannelItem(db: DbOrTx, actor: Actor, id: string): Promise<ItemDetailView> {
  return readChannelItem(db, actor, await loadChannelItem(db, actor, id));
}

/** An item with every version as shared and each version's receipts. */
export async function readChannelItem(db: DbOrTx, actor: Actor, item: ChannelItemRow): Promise<ItemDetailView> {
  const [versions, receipts] = await Promise.all([
    db.selectFrom('sales_channel_item_versions').selectAll().where('item_id', '=', item.id).orderBy('version', 'desc').execute(),
    currentReceipts(db, [item]),
  ]);
  const names = await namesOf(db, [item.posted_by, item.edited_by, ...versions.map((v) => v.author_id), ...receipts.map((r) => r.user_id)]);
  return {
    ...presentChannelItem(
      item,
      receipts.filter((r) => r.item_version === item.version),
      names,
      actor,
    ),
    versions: versions.map((v) => ({
      version: v.version,
      title: v.title,
      body: v.body,
      periodStart: v.period_start,
      periodEnd: v.period_end,
      attachmentIds: JSON.parse(v.attachment_ids) as string[],
      author: named(names, v.author_id)!,
      at: v.created_at,
      acknowledgements: receipts.filter((r) => r.item_version === v.version).map((r) => presentReceipt(r, names)),
    })),
  };
}
