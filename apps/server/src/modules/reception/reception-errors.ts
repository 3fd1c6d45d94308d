import type { VisitAction, VisitStatus } from '@guanjia/domain/reception/index';
import { AppError, BusinessRuleError, ConflictError } from '../../platform/http/errors.js';

/** 409: the visit's state does not allow the action, named in the caller's language. */
export class VisitTransitionError extends AppError {
  constructor(from: VisitStatus, action: VisitAction) {
    super(409, 'FORBIDDEN_TRANSITION', 'reception.error.forbiddenTransition', { status: `reception.status.${from}`, action: `reception.action.${action}` }, undefined, {
      entity: 'visit',
      from,
      action,
    });
  }
}

/** 422: nobody can take a walk-in now; the desk names a consultant instead. */
export class NoConsultantAvailableError extends BusinessRuleError {
  constructor(reason: 'nobodyOnDuty' | 'allBusy') {
    super('NO_CONSULTANT_AVAILABLE', `reception.error.${reason}`, {}, { reason });
  }
}

/** 409: another check-in took this rotation turn at the same moment (the route retries). */
export class RotationTurnTakenError extends ConflictError {
  constructor() {
    super('ROTATION_TURN_TAKEN', 'reception.error.rotationBusy');
  }
}

/** 409: the alert was already handled (by another butler, or it closed itself). */
export class AlertHandledError extends ConflictError {
  constructor() {
    super('ALERT_ALREADY_HANDLED', 'reception.error.alertHandled');
  }
}
