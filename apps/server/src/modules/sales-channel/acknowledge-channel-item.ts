import { uuidv7 } from '@guanjia/domain';
import { CHANNEL_ITEM_KIND_RULES, channelAcknowledgeRefusal } from '@guanjia/domain/sales-channel/channel-items';
import { otherSide } from '@guanjia/domain/sales-channel/channel-sides';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { ConflictError, ForbiddenError } from '../../platform/http/errors.js';
import { loadChannelItem, recordChannelEvent } from './channel-access.js';
import { channelLinks, noticeChannel } from './channel-notices.js';
import type { ChannelItemChange } from './post-channel-item.js';

/**
 * A read receipt of the other side for the version the caller read (`version`, 409 when it changed
 * since). One per person and version: the unique key refuses a second one (409).
 */
export async function acknowledgeChannelItem(trx: Tx, actor: Actor, id: string, input: { version?: number }, now: Date = new Date()): Promise<ChannelItemChange> {
  const item = await loadChannelItem(trx, actor, id);
  const refusal = channelAcknowledgeRefusal(actor.roles, item.kind);
  if (refusal) throw new ForbiddenError(`salesChannel.refusal.${refusal}`);
  assertVersion(item.version, input.version);
  const at = now.toISOString();
  const receipt = { id: uuidv7(), company_id: item.company_id, project_id: item.project_id, item_id: item.id, item_version: item.version, user_id: actor.userId, side: otherSide(item.side), acknowledged_at: at };
  const inserted = await trx
    .insertInto('sales_channel_receipts')
    .values(receipt)
    .onConflict((oc) => oc.columns(['item_id', 'item_version', 'user_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) throw new ConflictError('ALREADY_ACKNOWLEDGED', 'salesChannel.error.alreadyAcknowledged', { version: item.version });
  await recordChannelEvent(trx, item, { entityType: 'item', action: 'acknowledge', note: `v${item.version}`, actorId: actor.userId, at });
  await recordAudit(trx, actor, item.company_id, { action: 'salesChannelItem.acknowledge', entityType: 'salesChannelItem', entityId: item.id, projectId: item.project_id, after: receipt });
  // The poster hears when a commitment they made to buyers is taken on by the property side.
  const notifications = CHANNEL_ITEM_KIND_RULES[item.kind].requiresAcknowledgement
    ? await noticeChannel(trx, {
        projectId: item.project_id,
        userIds: [item.posted_by],
        actorId: actor.userId,
        kind: 'itemAcknowledged',
        link: channelLinks.item(item.id),
        params: { title: item.title, kind: `salesChannel.kind.${item.kind}`, actor: actor.name },
      })
    : [];
  return { item, notifications };
}
