import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { transitionKnowledgeVersion, type KnowledgeTransitionResult } from './transition-knowledge-version.js';

/** Sales wording goes to the marketing lead through the approval engine; a service answer to the manager. */
export function submitKnowledgeVersion(trx: Tx, actor: Actor, versionId: string, input: { comment?: string }, now?: Date): Promise<KnowledgeTransitionResult> {
  return transitionKnowledgeVersion(trx, actor, versionId, { action: 'submit', comment: input.comment }, now);
}
