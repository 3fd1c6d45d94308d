import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { transitionKnowledgeVersion, type KnowledgeTransitionResult } from './transition-knowledge-version.js';

/** The manager publishes a property-service answer (sales wording is published only by its approval). */
export function publishKnowledgeVersion(
  trx: Tx,
  actor: Actor,
  versionId: string,
  input: { entryVersion: number; comment?: string },
  now?: Date,
): Promise<KnowledgeTransitionResult> {
  return transitionKnowledgeVersion(trx, actor, versionId, { action: 'publish', entryVersion: input.entryVersion, comment: input.comment }, now);
}
