import type { WorkOrderAction, WorkOrderStatus } from '@guanjia/domain';
import { AppError, ValidationError } from '../../platform/http/errors.js';

/** 409: the order's state does not allow the action, named in the caller's language. */
export class WorkOrderTransitionError extends AppError {
  constructor(from: WorkOrderStatus, action: WorkOrderAction | 'transferAccountability' | 'urge') {
    super(409, 'FORBIDDEN_TRANSITION', 'workOrders.error.forbiddenTransition', { status: `workOrders.status.${from}`, action: `workOrders.action.${action}` }, undefined, {
      entity: 'workOrder',
      from,
      action,
    });
  }
}

/**
 * 422: the booking is inside the item's lead time. The earliest date is in the message and, for
 * the form to offer it, in `details.earliestDate`.
 */
export class LeadTimeError extends AppError {
  constructor(earliestDate: string, leadWorkingDays: number, calendarComplete: boolean) {
    super(422, 'LEAD_TIME', 'workOrders.error.leadTime', { date: earliestDate, days: leadWorkingDays }, { serviceDate: 'workOrders.error.leadTime' }, {
      earliestDate,
      leadWorkingDays,
      calendarComplete,
    });
  }
}

/** 422: a business rule refuses the value of one field. */
export function ruleError(code: string, field: string, messageKey: string, params: Record<string, unknown> = {}): AppError {
  return new AppError(422, code, messageKey, params, { [field]: messageKey });
}

/** 400 when a reason the action needs is missing or blank. */
export function requireReason(reason: string | null | undefined, field = 'reason'): string {
  const text = reason?.trim();
  if (!text) throw fieldError(field, 'workOrders.field.required');
  return text;
}

/** 400 naming one field. */
export function fieldError(field: string, messageKey: string): ValidationError {
  return new ValidationError({ [field]: messageKey });
}
