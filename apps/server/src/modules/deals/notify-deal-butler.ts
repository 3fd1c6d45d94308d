import type { Tx } from '../../platform/db/transaction.js';
import { notify, type NotificationRow } from '../notifications/notify.js';
import type { DealRow } from './deal-access.js';

/** Tells the butler a buyer is theirs to onboard; published by the route after commit. */
export async function notifyDealButler(trx: Tx, deal: DealRow, unitCode: string): Promise<NotificationRow[]> {
  if (!deal.butler_id) return [];
  return notify(trx, {
    userIds: [deal.butler_id],
    projectId: deal.project_id,
    kind: 'deal.onboarding',
    title: `新成交业主待入伙跟进：${unitCode} ${deal.buyer_name}`,
    body: `${deal.signing_date} 签约，请完成欢迎致电、签约文件、服务手册交付和调查问卷等入伙事项。`,
    link: `/deals?deal=${deal.id}`,
  });
}
