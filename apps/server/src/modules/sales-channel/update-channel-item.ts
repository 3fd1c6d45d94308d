import { CHANNEL_ITEM_KIND_RULES, channelPostRefusal, isPeriodValid } from '@guanjia/domain/sales-channel/channel-items';
import { otherSide } from '@guanjia/domain/sales-channel/channel-sides';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { ForbiddenError, ValidationError } from '../../platform/http/errors.js';
import { attachOwnFiles } from '../work-orders/attach-own-files.js';
import { loadChannelItem, recordChannelEvent } from './channel-access.js';
import { channelLinks, noticeChannel, sideNoticeIds } from './channel-notices.js';
import { insertItemVersion, type ChannelItemChange } from './post-channel-item.js';
import type { UpdateItemBody } from './schemas.js';

/**
 * Edits an item as a new version (the earlier ones stay readable). Receipts belong to a version, so an
 * item the other side must acknowledge waits for them again, and they are told.
 */
export async function updateChannelItem(trx: Tx, actor: Actor, id: string, patch: UpdateItemBody, now: Date = new Date()): Promise<ChannelItemChange> {
  const before = await loadChannelItem(trx, actor, id);
  const refusal = channelPostRefusal(actor.roles, before.kind);
  if (refusal) throw new ForbiddenError(`salesChannel.refusal.${refusal}`);
  assertVersion(before.version, patch.version);
  const attachments = patch.attachmentIds === undefined ? undefined : JSON.stringify(await attachOwnFiles(trx, actor, patch.attachmentIds, before.project_id, 'attachmentIds'));
  const changes = changedColumns(before, {
    title: patch.title,
    body: patch.body,
    period_start: patch.periodStart === undefined ? undefined : (patch.periodStart ?? null),
    period_end: patch.periodEnd === undefined ? undefined : (patch.periodEnd ?? null),
    attachment_ids: attachments,
  });
  if (!Object.keys(changes).length) return { item: before, notifications: [] };
  const periodStart = changes.period_start !== undefined ? changes.period_start : before.period_start;
  const periodEnd = changes.period_end !== undefined ? changes.period_end : before.period_end;
  if (!isPeriodValid(periodStart, periodEnd)) throw new ValidationError({ periodEnd: 'salesChannel.field.periodEndBeforeStart' });
  const at = now.toISOString();
  const after = await updateVersioned(trx, 'sales_channel_items', before, { ...changes, edited_by: actor.userId, edited_at: at });
  await insertItemVersion(trx, after, actor.userId, at);
  await recordChannelEvent(trx, after, { entityType: 'item', action: 'edit', note: `v${after.version}`, actorId: actor.userId, at });
  await recordAudit(trx, actor, after.company_id, { action: 'update', entityType: 'salesChannelItem', entityId: after.id, projectId: after.project_id, before, after });
  const notifications = CHANNEL_ITEM_KIND_RULES[after.kind].requiresAcknowledgement
    ? await noticeChannel(trx, {
        projectId: after.project_id,
        userIds: await sideNoticeIds(trx, after.project_id, otherSide(after.side)),
        actorId: actor.userId,
        kind: 'itemRevised',
        link: channelLinks.item(after.id),
        params: { title: after.title, kind: `salesChannel.kind.${after.kind}`, actor: actor.name, version: after.version },
      })
    : [];
  return { item: after, notifications };
}
