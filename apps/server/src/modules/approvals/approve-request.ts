import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { NotificationRow } from '../notifications/notify.js';
import { noticeToApprovers, noticeToSubmitter } from './approval-notices.js';
import type { ApprovalRequestTable } from './tables.js';
import { transitionRequest } from './transition-request.js';

/** Approves the current step: the next step's approvers are told, or, at the last step, the submitter. */
export async function approveRequest(
  trx: Tx,
  actor: Actor,
  requestId: string,
  input: { comment?: string | null },
): Promise<{ request: ApprovalRequestTable; notifications: NotificationRow[] }> {
  const fromDocument: NotificationRow[] = [];
  const request = await transitionRequest(trx, actor, requestId, { action: 'approve', comment: input.comment }, fromDocument);
  const notifications = request.status === 'pending' ? await noticeToApprovers(trx, actor, request) : await noticeToSubmitter(trx, actor, request, input.comment ?? null);
  return { request, notifications: [...notifications, ...fromDocument] };
}
