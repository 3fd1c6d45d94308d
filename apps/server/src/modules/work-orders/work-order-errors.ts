import { workOrderReplyRefusal, type WorkOrderAction, type WorkOrderActor, type WorkOrderStatus } from '@guanjia/domain';
import { AppError, ForbiddenError, ValidationError } from '../../platform/http/errors.js';
import { replySubject, type WorkOrderRow } from './work-order-access.js';

/** 409: the order's state does not allow the action, named in the caller's language. */
export class WorkOrderTransitionError extends AppError {
  constructor(from: WorkOrderStatus, action: WorkOrderAction | 'transferAccountability' | 'urge' | 'agreeReplyDate' | 'reply') {
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

/** 409 when the order owes no answer (answered, finished, or a kind that owes none); 403 when the caller is not the desk. */
export function assertReplyOwed(order: WorkOrderRow, who: WorkOrderActor, action: 'agreeReplyDate' | 'reply'): void {
  const refusal = workOrderReplyRefusal(replySubject(order), who);
  if (refusal === 'notOwed') throw new AppError(409, 'REPLY_NOT_OWED', 'workOrders.error.replyNotOwed', {}, undefined, { entity: 'workOrder', action });
  if (refusal) throw new ForbiddenError(`workOrders.refusal.${refusal}`);
}
