import { uuidv7 } from '@guanjia/domain';
import { CHANNEL_ITEM_KIND_RULES, channelPostRefusal, isPeriodValid } from '@guanjia/domain/sales-channel/channel-items';
import { otherSide } from '@guanjia/domain/sales-channel/channel-sides';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { ForbiddenError, ValidationError } from '../../platform/http/errors.js';
import type { NotificationRow } from '../notifications/notify.js';
import { attachOwnFiles } from '../work-orders/attach-own-files.js';
import { recordChannelEvent, type ChannelItemRow } from './channel-access.js';
import { channelLinks, noticeChannel, sideNoticeIds } from './channel-notices.js';
import type { PostItemBody } from './schemas.js';

export interface ChannelItemChange {
  item: ChannelItemRow;
  notifications: NotificationRow[];
}

/** Shares an item with the other side: only the side the kind belongs to posts it (403); version 1 is kept. */
export async function postChannelItem(trx: Tx, actor: Actor, input: PostItemBody, now: Date = new Date()): Promise<ChannelItemChange> {
  assertProjectVisible(actor, input.projectId, 'entity.project');
  const refusal = channelPostRefusal(actor.roles, input.kind);
  if (refusal) throw new ForbiddenError(`salesChannel.refusal.${refusal}`);
  if (!isPeriodValid(input.periodStart, input.periodEnd)) throw new ValidationError({ periodEnd: 'salesChannel.field.periodEndBeforeStart' });
  const attachments = await attachOwnFiles(trx, actor, input.attachmentIds, input.projectId, 'attachmentIds');
  const at = now.toISOString();
  const side = CHANNEL_ITEM_KIND_RULES[input.kind].side;
  const item: ChannelItemRow = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: input.projectId,
    kind: input.kind,
    side,
    title: input.title,
    body: input.body,
    period_start: input.periodStart ?? null,
    period_end: input.periodEnd ?? null,
    attachment_ids: JSON.stringify(attachments),
    posted_by: actor.userId,
    posted_at: at,
    edited_by: null,
    edited_at: null,
    ...newRowStamp(at),
  };
  await trx.insertInto('sales_channel_items').values(item).execute();
  await insertItemVersion(trx, item, actor.userId, at);
  await recordChannelEvent(trx, item, { entityType: 'item', action: 'post', actorId: actor.userId, at });
  await recordAudit(trx, actor, item.company_id, { action: 'create', entityType: 'salesChannelItem', entityId: item.id, projectId: item.project_id, after: item });
  const notifications = await noticeChannel(trx, {
    projectId: item.project_id,
    userIds: await sideNoticeIds(trx, item.project_id, otherSide(side)),
    actorId: actor.userId,
    kind: CHANNEL_ITEM_KIND_RULES[item.kind].requiresAcknowledgement ? 'itemToAcknowledge' : 'itemPosted',
    link: channelLinks.item(item.id),
    params: { title: item.title, kind: `salesChannel.kind.${item.kind}`, actor: actor.name },
  });
  return { item, notifications };
}

/** The item as shared at this version: what a receipt refers to. */
export async function insertItemVersion(trx: Tx, item: ChannelItemRow, authorId: string, at: string): Promise<void> {
  await trx
    .insertInto('sales_channel_item_versions')
    .values({
      id: uuidv7(),
      company_id: item.company_id,
      project_id: item.project_id,
      item_id: item.id,
      version: item.version,
      title: item.title,
      body: item.body,
      period_start: item.period_start,
      period_end: item.period_end,
      attachment_ids: item.attachment_ids,
      author_id: authorId,
      created_at: at,
    })
    .execute();
}
