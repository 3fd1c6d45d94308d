import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { transitionKnowledgeVersion, type KnowledgeTransitionResult } from './transition-knowledge-version.js';

/** The manager sends a submitted service answer back to draft with the reason (sales: the marketing lead rejects in approvals). */
export function rejectKnowledgeVersion(trx: Tx, actor: Actor, versionId: string, input: { comment: string }, now?: Date): Promise<KnowledgeTransitionResult> {
  return transitionKnowledgeVersion(trx, actor, versionId, { action: 'reject', comment: input.comment }, now);
}
