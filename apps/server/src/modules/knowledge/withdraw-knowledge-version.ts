import { knowledgeVersionRefusal } from '@guanjia/domain/knowledge/knowledge-flow';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { ForbiddenError } from '../../platform/http/errors.js';
import { cancelRequest } from '../approvals/cancel-request.js';
import { findVisibleVersion } from './knowledge-access.js';
import { KnowledgeTransitionError } from './knowledge-errors.js';
import { transitionKnowledgeVersion, type KnowledgeTransitionResult } from './transition-knowledge-version.js';

/**
 * Takes a submitted version back to draft. Sales wording waits in the approval engine, so its
 * request is cancelled there and the engine's decision hook moves the version, in this transaction.
 */
export async function withdrawKnowledgeVersion(trx: Tx, actor: Actor, versionId: string, input: { comment?: string }, now?: Date): Promise<KnowledgeTransitionResult> {
  const { version, entry } = await findVisibleVersion(trx, actor, versionId);
  if (entry.bank === 'service' || !version.approval_request_id) return transitionKnowledgeVersion(trx, actor, versionId, { action: 'withdraw', comment: input.comment }, now);
  if (version.status !== 'submitted') throw new KnowledgeTransitionError(version.status, 'withdraw');
  const refusal = knowledgeVersionRefusal({ bank: entry.bank, status: version.status, submittedBy: version.submitted_by }, actor, 'withdraw');
  if (refusal) throw new ForbiddenError(`knowledge.refusal.${refusal}`);
  await cancelRequest(trx, actor, version.approval_request_id, { comment: input.comment });
  const after = await findVisibleVersion(trx, actor, versionId);
  return { ...after, notifications: [] };
}
