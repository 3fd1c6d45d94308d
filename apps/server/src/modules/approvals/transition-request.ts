import { ForbiddenTransitionError, uuidv7, type Role } from '@guanjia/domain';
import { applyApprovalAction, approvalRefusal, type ApprovalAction, type ApprovalPosition, type ApprovalStep } from '@guanjia/domain/approvals/approval-flow';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { nowIso, type Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { StaleUpdateError } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { ForbiddenError } from '../../platform/http/errors.js';
import { ApprovalAlreadyPendingError, ApprovalTransitionError } from './approval-errors.js';
import { runApprovalDecidedHandlers } from './decision-hooks.js';
import type { NotificationRow } from '../notifications/notify.js';
import { getApprovalChain } from './get-approval-chain.js';
import { loadVisibleRequest } from './load-visible-request.js';
import type { ApprovalRequestTable } from './tables.js';

export interface TransitionInput {
  action: ApprovalAction;
  comment?: string | null;
  /** A resubmission may revise the title and description. */
  title?: string;
  description?: string | null;
}

/**
 * The one place the approval state machine is enforced: re-read the request inside the transaction,
 * check the transition (409) and the actor's part in it (403), update guarded by version (a
 * concurrent decision loses with 409), then write history and audit and run the document's hook.
 */
/** `notices` collects what the document's decision hook wrote, for the caller to publish after commit. */
export async function transitionRequest(trx: Tx, actor: Actor, requestId: string, input: TransitionInput, notices: NotificationRow[] = []): Promise<ApprovalRequestTable> {
  const before = await loadVisibleRequest(trx, actor, requestId);
  const { action } = input;
  // A resubmission follows the chain as configured now; a decision follows the copy taken at submission.
  const steps: ApprovalStep[] = action === 'resubmit' ? (await getApprovalChain(trx, before.company_id, before.document_type)).steps : JSON.parse(before.steps);

  let to: ApprovalPosition;
  try {
    to = applyApprovalAction({ status: before.status, step: before.current_step, stepCount: (JSON.parse(before.steps) as unknown[]).length }, action, steps.length);
  } catch (err) {
    if (err instanceof ForbiddenTransitionError) throw new ApprovalTransitionError(before.status, action);
    throw err;
  }
  const refusal = approvalRefusal({ status: before.status, currentRole: before.current_role as Role | null, submittedBy: before.submitted_by }, actor, action);
  if (refusal) throw new ForbiddenError(`approvals.error.${refusal}`);

  const now = nowIso();
  const resubmit = action === 'resubmit';
  const after: ApprovalRequestTable = {
    ...before,
    status: to.status,
    current_step: to.step,
    current_role: to.status === 'pending' ? steps[to.step - 1].role : null,
    steps: JSON.stringify(steps),
    title: resubmit && input.title !== undefined ? input.title : before.title,
    description: resubmit && input.description !== undefined ? input.description : before.description,
    submitted_at: resubmit ? now : before.submitted_at,
    decided_at: to.status === 'pending' ? null : now,
    revision: resubmit ? before.revision + 1 : before.revision,
    updated_at: now,
    version: before.version + 1,
  };
  const { id, company_id, project_id } = after;
  const changes = {
    status: after.status,
    current_step: after.current_step,
    current_role: after.current_role,
    steps: after.steps,
    title: after.title,
    description: after.description,
    submitted_at: after.submitted_at,
    decided_at: after.decided_at,
    revision: after.revision,
    updated_at: after.updated_at,
    version: after.version,
  };
  let updated;
  try {
    updated = await trx.updateTable('approval_requests').set(changes).where('id', '=', id).where('version', '=', before.version).executeTakeFirst();
  } catch (err) {
    if (isUniqueViolation(err)) throw new ApprovalAlreadyPendingError();
    throw err;
  }
  if (Number(updated.numUpdatedRows) !== 1) throw new StaleUpdateError();

  const comment = input.comment?.trim() || null;
  await trx
    .insertInto('approval_history')
    .values({
      id: uuidv7(),
      company_id,
      project_id,
      request_id: id,
      at: now,
      actor_id: actor.userId,
      actor_name: actor.name,
      action,
      step: resubmit ? to.step : before.current_step,
      revision: after.revision,
      comment,
    })
    .execute();
  await recordAudit(trx, actor, company_id, { action: `approval.${action}`, entityType: 'approval_request', entityId: id, projectId: project_id, before, after });
  if (after.status !== before.status) {
    notices.push(...(await runApprovalDecidedHandlers(trx, { request: after, status: after.status, action, actor, comment })));
  }
  return after;
}
