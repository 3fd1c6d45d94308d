import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { paginate } from '../../platform/http/paging.js';
import { presentNotification } from './present-notification.js';

export interface ListNotificationsInput {
  page: number;
  pageSize: number;
  unreadOnly?: boolean;
}

/** The caller's own notifications, newest first. */
export async function listNotifications(db: DbOrTx, actor: Actor, input: ListNotificationsInput) {
  let q = db.selectFrom('notifications').selectAll().where('user_id', '=', actor.userId).where('company_id', '=', actor.companyId);
  if (input.unreadOnly) q = q.where('read_at', 'is', null);
  const page = await paginate(q, (x) => x.orderBy('created_at', 'desc').orderBy('id', 'desc'), input);
  return { ...page, items: page.items.map(presentNotification) };
}
