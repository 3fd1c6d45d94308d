import type { ApprovalAction, ApprovalStatus } from '@guanjia/domain/approvals/approval-flow';
import { AppError, ConflictError } from '../../platform/http/errors.js';

/** 409: the request's state does not allow the action (e.g. approving an approved request). */
export class ApprovalTransitionError extends AppError {
  constructor(from: ApprovalStatus, action: ApprovalAction) {
    super(409, 'FORBIDDEN_TRANSITION', 'approvals.error.forbiddenTransition', { status: `approvals.status.${from}`, action: `approvals.action.${action}` }, undefined, {
      from,
      action,
    });
  }
}

export class ApprovalAlreadyPendingError extends ConflictError {
  constructor() {
    super('APPROVAL_ALREADY_PENDING', 'approvals.error.alreadyPending');
  }
}
