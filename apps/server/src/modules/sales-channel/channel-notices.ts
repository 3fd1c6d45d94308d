import { SIDE_NOTICE_ROLES, type ChannelSide } from '@guanjia/domain/sales-channel/channel-sides';
import type { Tx } from '../../platform/db/transaction.js';
import { translate } from '../../platform/http/i18n.js';
import { notify, type NotificationRow } from '../notifications/notify.js';
import { projectStaffWithRoles } from '../work-orders/work-order-notices.js';
import './messages.js';

// Stored notifications have one text; the company's language (Chinese) is used.
const LOCALE = 'zh-CN';

/** The people a side is told through: the service-center manager and butlers, or the sales manager and marketing lead. */
export function sideNoticeIds(trx: Tx, projectId: string, side: ChannelSide): Promise<string[]> {
  return projectStaffWithRoles(trx, projectId, SIDE_NOTICE_ROLES[side]);
}

/** Writes one notice per recipient in the caller's transaction; the actor is never told of their own step. */
export async function noticeChannel(
  trx: Tx,
  n: { projectId: string; userIds: readonly (string | null)[]; actorId: string | null; kind: string; link: string; params: Record<string, unknown> },
): Promise<NotificationRow[]> {
  const userIds = [...new Set(n.userIds.filter((id): id is string => id !== null && id !== n.actorId))];
  if (!userIds.length) return [];
  return notify(trx, {
    userIds,
    kind: `salesChannel.${n.kind}`,
    projectId: n.projectId,
    link: n.link,
    title: translate(LOCALE, `salesChannel.notice.${n.kind}Title`, n.params),
    body: translate(LOCALE, `salesChannel.notice.${n.kind}Body`, n.params),
  });
}

export const channelLinks = {
  item: (id: string) => `/sales-channel?tab=feed&item=${id}`,
  suggestion: (id: string) => `/sales-channel?tab=suggestions&suggestion=${id}`,
  meeting: (id: string) => `/sales-channel?tab=meetings&meeting=${id}`,
};
