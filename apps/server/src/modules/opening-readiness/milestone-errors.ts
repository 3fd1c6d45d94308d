import { AppError } from '../../platform/http/errors.js';

/** 409: the milestone's state does not allow the step (marking done twice, reopening an open one), named in the caller's language. */
export class MilestoneStateError extends AppError {
  constructor(done: boolean, action: 'done' | 'reopen') {
    super(409, 'FORBIDDEN_TRANSITION', 'openingReadiness.error.milestoneState', { state: `openingReadiness.milestoneState.${done ? 'done' : 'open'}`, action: `openingReadiness.milestoneAction.${action}` }, undefined, {
      entity: 'openingMilestone',
      from: done ? 'done' : 'open',
      action,
    });
  }
}
