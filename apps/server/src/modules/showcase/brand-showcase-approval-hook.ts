import type { BrandShowcaseAction } from '@guanjia/domain/showcase/showcase-flow';
import type { Tx } from '../../platform/db/transaction.js';
import { BusinessRuleError } from '../../platform/http/errors.js';
import { onApprovalDecided, type ApprovalDecision } from '../approvals/decision-hooks.js';
import type { NotificationRow } from '../notifications/notify.js';
import { BRAND_SHOWCASE_DOCUMENT_TYPE, transitionBrandShowcase } from './transition-brand-showcase.js';

const ACTION_OF_STATUS: Record<string, BrandShowcaseAction> = { approved: 'approve', rejected: 'reject', cancelled: 'withdraw' };

/**
 * Keeps a submitted showcase in step with its approval request, inside the deciding transaction:
 * the last approval approves it, a rejection rejects it, the submitter's withdrawal returns it to
 * draft. A rejected plan is revised and submitted again from the showcase (a new request),
 * so resubmitting the old request is refused.
 */
export async function applyBrandShowcaseApprovalDecision(trx: Tx, decision: ApprovalDecision): Promise<NotificationRow[]> {
  const action = ACTION_OF_STATUS[decision.status];
  if (!action) throw new BusinessRuleError('SHOWCASE_RESUBMIT_FROM_SHOWCASE', 'showcase.error.resubmitFromShowcase');
  const { request } = decision;
  const showcase = await trx.selectFrom('brand_showcases').selectAll().where('id', '=', request.document_id).where('company_id', '=', request.company_id).executeTakeFirst();
  if (!showcase || showcase.approval_request_id !== request.id || showcase.status !== 'submitted') return [];
  const step = await transitionBrandShowcase(trx, decision.actor, showcase.id, action, { note: decision.comment }, { viaApproval: true, showcase });
  return step.notifications;
}

let registered = false;

/** Registers the hook once per process (every app built in it shares the registry). */
export function registerBrandShowcaseApprovalHook(): void {
  if (registered) return;
  registered = true;
  onApprovalDecided(BRAND_SHOWCASE_DOCUMENT_TYPE, applyBrandShowcaseApprovalDecision);
}
