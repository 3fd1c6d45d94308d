import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, nowIso, type Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import type { NotificationRow } from '../notifications/notify.js';
import { ApprovalAlreadyPendingError } from './approval-errors.js';
import { noticeToApprovers } from './approval-notices.js';
import { getApprovalChain } from './get-approval-chain.js';
import type { ApprovalRequestTable } from './tables.js';

export interface SubmitForApprovalInput {
  documentType: string;
  documentId: string;
  projectId: string;
  title: string;
  description?: string | null;
  comment?: string | null;
}

/**
 * Opens a request at step 1 of the company's chain for the document type and tells that step's
 * approvers. Owning modules call it in the transaction that marks their document submitted, then
 * publish the returned notifications after commit. A document has at most one pending request (409).
 */
export async function submitForApproval(
  trx: Tx,
  actor: Actor,
  input: SubmitForApprovalInput,
): Promise<{ request: ApprovalRequestTable; notifications: NotificationRow[] }> {
  assertProjectVisible(actor, input.projectId, 'entity.project');
  const chain = await getApprovalChain(trx, actor.companyId, input.documentType);
  const now = nowIso();
  const request: ApprovalRequestTable = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: input.projectId,
    document_type: input.documentType,
    document_id: input.documentId,
    title: input.title,
    description: input.description ?? null,
    status: 'pending',
    steps: JSON.stringify(chain.steps),
    current_step: 1,
    current_role: chain.steps[0].role,
    submitted_by: actor.userId,
    submitted_at: now,
    decided_at: null,
    revision: 1,
    ...newRowStamp(now),
  };
  try {
    await trx.insertInto('approval_requests').values(request).execute();
  } catch (err) {
    if (isUniqueViolation(err)) throw new ApprovalAlreadyPendingError();
    throw err;
  }
  await trx
    .insertInto('approval_history')
    .values({
      id: uuidv7(),
      company_id: request.company_id,
      project_id: request.project_id,
      request_id: request.id,
      at: now,
      actor_id: actor.userId,
      actor_name: actor.name,
      action: 'submit',
      step: 1,
      revision: 1,
      comment: input.comment?.trim() || null,
    })
    .execute();
  await recordAudit(trx, actor, request.company_id, { action: 'approval.submit', entityType: 'approval_request', entityId: request.id, projectId: request.project_id, after: request });
  return { request, notifications: await noticeToApprovers(trx, actor, request) };
}
