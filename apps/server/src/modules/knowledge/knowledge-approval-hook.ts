import { KNOWLEDGE_APPROVAL_DOCUMENT_TYPE, type KnowledgeVersionAction } from '@guanjia/domain/knowledge/knowledge-flow';
import type { ApprovalStep } from '@guanjia/domain/approvals/approval-flow';
import type { Tx } from '../../platform/db/transaction.js';
import { BusinessRuleError } from '../../platform/http/errors.js';
import { onApprovalDecided, type ApprovalDecision } from '../approvals/decision-hooks.js';
import { assertChainHasMarketingLead } from './knowledge-effects.js';
import { transitionKnowledgeVersion } from './transition-knowledge-version.js';

const ACTION_OF_STATUS: Record<string, KnowledgeVersionAction> = { approved: 'approve', rejected: 'reject', cancelled: 'withdraw' };

/**
 * Keeps a sales version in step with its approval request, inside the deciding transaction: the
 * marketing lead's approval publishes it, a rejection sends it back to draft with the reason, a
 * cancellation withdraws it. Wording is revised in the bank, so a rejected request is not
 * resubmitted through the approval page: submitting the revised draft opens a new request.
 */
export async function applyKnowledgeApprovalDecision(trx: Tx, decision: ApprovalDecision): Promise<void> {
  const action = ACTION_OF_STATUS[decision.status];
  if (!action) throw new BusinessRuleError('KNOWLEDGE_RESUBMIT_IN_BANK', 'knowledge.error.resubmitInBank');
  if (action === 'approve') assertChainHasMarketingLead(JSON.parse(decision.request.steps) as ApprovalStep[]);
  await transitionKnowledgeVersion(trx, decision.actor, decision.request.document_id, { action, comment: decision.comment, viaApproval: true });
}

let registered = false;

/** Registers the hook once per process (every app built in it shares the registry). */
export function registerKnowledgeApprovalHook(): void {
  if (registered) return;
  registered = true;
  onApprovalDecided(KNOWLEDGE_APPROVAL_DOCUMENT_TYPE, applyKnowledgeApprovalDecision);
}
