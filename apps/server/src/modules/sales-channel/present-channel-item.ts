import { awaitsAcknowledgement, CHANNEL_ITEM_KIND_RULES, channelAcknowledgeRefusal, channelPostRefusal } from '@guanjia/domain/sales-channel/channel-items';
import type { ChannelSide } from '@guanjia/domain/sales-channel/channel-sides';
import type { Actor } from '../../platform/http/actor.js';
import { named, type ChannelItemRow } from './channel-access.js';
import type { ItemView } from './schemas.js';

export interface ReceiptRow {
  item_id: string;
  item_version: number;
  user_id: string;
  side: ChannelSide;
  acknowledged_at: string;
}

export function presentReceipt(r: ReceiptRow, names: Map<string, string>) {
  return { user: named(names, r.user_id)!, side: r.side, at: r.acknowledged_at };
}

/** An item with the receipts of its current version and what the caller may do with it. */
export function presentChannelItem(i: ChannelItemRow, receipts: readonly ReceiptRow[], names: Map<string, string>, actor: Actor): ItemView {
  const acknowledgedByMe = receipts.some((r) => r.user_id === actor.userId);
  return {
    id: i.id,
    projectId: i.project_id,
    kind: i.kind,
    side: i.side,
    title: i.title,
    body: i.body,
    periodStart: i.period_start,
    periodEnd: i.period_end,
    attachmentIds: JSON.parse(i.attachment_ids) as string[],
    postedBy: named(names, i.posted_by)!,
    postedAt: i.posted_at,
    editedBy: named(names, i.edited_by),
    editedAt: i.edited_at,
    version: i.version,
    requiresAcknowledgement: CHANNEL_ITEM_KIND_RULES[i.kind].requiresAcknowledgement,
    awaitingAcknowledgement: awaitsAcknowledgement(i.kind, receipts.length),
    acknowledgements: receipts.map((r) => presentReceipt(r, names)),
    acknowledgedByMe,
    canEdit: channelPostRefusal(actor.roles, i.kind) === null,
    canAcknowledge: !acknowledgedByMe && channelAcknowledgeRefusal(actor.roles, i.kind) === null,
  };
}
