import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { ValidationError } from '../../platform/http/errors.js';
import type { NotificationRow } from '../notifications/notify.js';
import { noticeToSubmitter } from './approval-notices.js';
import type { ApprovalRequestTable } from './tables.js';
import { transitionRequest } from './transition-request.js';

/** Rejects with a reason (required: the submitter must know what to revise) and tells the submitter. */
export async function rejectRequest(
  trx: Tx,
  actor: Actor,
  requestId: string,
  input: { comment: string },
): Promise<{ request: ApprovalRequestTable; notifications: NotificationRow[] }> {
  const comment = input.comment?.trim();
  if (!comment) throw new ValidationError({ comment: 'field.required' });
  const fromDocument: NotificationRow[] = [];
  const request = await transitionRequest(trx, actor, requestId, { action: 'reject', comment }, fromDocument);
  return { request, notifications: [...(await noticeToSubmitter(trx, actor, request, comment)), ...fromDocument] };
}
