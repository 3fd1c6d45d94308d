import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { ApprovalRequestTable } from './tables.js';
import { transitionRequest } from './transition-request.js';

/** The submitter withdraws a pending request. */
export async function cancelRequest(trx: Tx, actor: Actor, requestId: string, input: { comment?: string | null }): Promise<ApprovalRequestTable> {
  return transitionRequest(trx, actor, requestId, { action: 'cancel', comment: input.comment });
}
