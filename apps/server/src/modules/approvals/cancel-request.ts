import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { ApprovalRequestTable } from './tables.js';
import type { NotificationRow } from '../notifications/notify.js';
import { transitionRequest } from './transition-request.js';

/** The submitter withdraws a pending request. */
export async function cancelRequest(
  trx: Tx,
  actor: Actor,
  requestId: string,
  input: { comment?: string | null },
): Promise<{ request: ApprovalRequestTable; notifications: NotificationRow[] }> {
  const notifications: NotificationRow[] = [];
  const request = await transitionRequest(trx, actor, requestId, { action: 'cancel', comment: input.comment }, notifications);
  return { request, notifications };
}
