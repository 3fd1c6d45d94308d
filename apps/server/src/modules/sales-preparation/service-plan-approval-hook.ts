import type { ServicePlanAction } from '@guanjia/domain/sales-preparation/service-plan-flow';
import type { Tx } from '../../platform/db/transaction.js';
import { translate } from '../../platform/http/i18n.js';
import { BusinessRuleError } from '../../platform/http/errors.js';
import { onApprovalDecided, type ApprovalDecision } from '../approvals/decision-hooks.js';
import type { NotificationRow } from '../notifications/notify.js';
import { SERVICE_PLAN_DOCUMENT_TYPE, transitionServicePlan } from './transition-service-plan.js';

const ACTION_OF_STATUS: Record<string, ServicePlanAction> = { approved: 'approve', rejected: 'reject', cancelled: 'cancel' };

/**
 * Keeps a submitted plan in step with its approval request, inside the deciding transaction: the last
 * approval approves it (superseding the version in force), a rejection rejects it, the submitter's
 * withdrawal cancels it; the drafter is told of the decision. A rejected plan is revised and submitted
 * from the plan, which opens a new request, so resubmitting the old request is refused.
 */
export async function applyServicePlanApprovalDecision(trx: Tx, decision: ApprovalDecision): Promise<NotificationRow[]> {
  const action = ACTION_OF_STATUS[decision.status];
  if (!action) throw new BusinessRuleError('SERVICE_PLAN_RESUBMIT_FROM_PLAN', 'servicePlan.error.resubmitFromPlan');
  const { request } = decision;
  const plan = await trx.selectFrom('service_plans').selectAll().where('id', '=', request.document_id).where('company_id', '=', request.company_id).executeTakeFirst();
  // A plan cancelled from its own page withdraws its request: the plan has moved on already.
  if (!plan || plan.approval_request_id !== request.id || plan.status !== 'submitted') return [];
  const comment = decision.comment ?? undefined;
  const input = action === 'cancel' ? { reason: comment || translate('zh-CN', 'servicePlan.note.requestWithdrawn') } : { note: comment };
  const step = await transitionServicePlan(trx, decision.actor, plan.id, action, input, { bySystem: true, plan });
  // The approval route publishes them after its commit, with its own.
  return step.notifications;
}

let registered = false;

/** Registers the hook once per process (every app built in it shares the registry). */
export function registerServicePlanApprovalHook(): void {
  if (registered) return;
  registered = true;
  onApprovalDecided(SERVICE_PLAN_DOCUMENT_TYPE, applyServicePlanApprovalDecision);
}
