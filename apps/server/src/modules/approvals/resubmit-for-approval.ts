import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { NotificationRow } from '../notifications/notify.js';
import { noticeToApprovers } from './approval-notices.js';
import type { ApprovalRequestTable } from './tables.js';
import { transitionRequest } from './transition-request.js';

export interface ResubmitInput {
  title?: string;
  description?: string | null;
  comment?: string | null;
}

/**
 * Revise and resubmit: a rejected request goes back to step 1 of the current chain with revision + 1.
 * Owning modules call it in the transaction that saves the revised document, then publish the
 * returned notifications after commit.
 */
export async function resubmitForApproval(
  trx: Tx,
  actor: Actor,
  requestId: string,
  input: ResubmitInput = {},
): Promise<{ request: ApprovalRequestTable; notifications: NotificationRow[] }> {
  const fromDocument: NotificationRow[] = [];
  const request = await transitionRequest(trx, actor, requestId, { action: 'resubmit', ...input }, fromDocument);
  return { request, notifications: [...(await noticeToApprovers(trx, actor, request)), ...fromDocument] };
}
