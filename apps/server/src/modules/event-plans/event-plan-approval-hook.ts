import type { EventPlanAction } from '@guanjia/domain/event-plans/event-plan-flow';
import type { Tx } from '../../platform/db/transaction.js';
import { translate } from '../../platform/http/i18n.js';
import { BusinessRuleError } from '../../platform/http/errors.js';
import { onApprovalDecided, type ApprovalDecision } from '../approvals/decision-hooks.js';
import type { NotificationRow } from '../notifications/notify.js';
import { EVENT_PLAN_DOCUMENT_TYPE, transitionEventPlan } from './transition-event-plan.js';

const ACTION_OF_STATUS: Record<string, EventPlanAction> = { approved: 'approve', rejected: 'reject', cancelled: 'cancel' };

/**
 * Keeps a submitted plan in step with its approval request, inside the deciding transaction: the
 * last approval approves it (and asks the marketing leads to confirm the rehearsal), a rejection
 * rejects it, the submitter's withdrawal cancels it. A rejected plan is revised and submitted again
 * from the plan, which opens a new request, so resubmitting the old request is refused.
 */
export async function applyEventPlanApprovalDecision(trx: Tx, decision: ApprovalDecision): Promise<NotificationRow[]> {
  const action = ACTION_OF_STATUS[decision.status];
  if (!action) throw new BusinessRuleError('EVENT_PLAN_RESUBMIT_FROM_PLAN', 'eventPlan.error.resubmitFromPlan');
  const { request } = decision;
  const plan = await trx.selectFrom('event_plans').selectAll().where('id', '=', request.document_id).where('company_id', '=', request.company_id).executeTakeFirst();
  // A plan cancelled from its own page withdraws its request: the plan has moved on already.
  if (!plan || plan.approval_request_id !== request.id || plan.status !== 'submitted') return [];
  const comment = decision.comment ?? undefined;
  const input = action === 'cancel' ? { reason: comment || translate('zh-CN', 'eventPlan.note.requestWithdrawn') } : { note: comment };
  const step = await transitionEventPlan(trx, decision.actor, plan.id, action, input, { viaApproval: true, plan });
  // The approval route publishes them after its commit, with its own.
  return step.notifications;
}

let registered = false;

/** Registers the hook once per process (every app built in it shares the registry). */
export function registerEventPlanApprovalHook(): void {
  if (registered) return;
  registered = true;
  onApprovalDecided(EVENT_PLAN_DOCUMENT_TYPE, applyEventPlanApprovalDecision);
}
