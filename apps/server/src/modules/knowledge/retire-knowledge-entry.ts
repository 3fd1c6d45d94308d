import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { ConflictError } from '../../platform/http/errors.js';
import { findVisibleEntry } from './knowledge-access.js';
import { transitionKnowledgeVersion, type KnowledgeTransitionResult } from './transition-knowledge-version.js';

/** Takes the entry's published answer off the desk (e.g. a figure that no longer holds); its versions stay. */
export async function retireKnowledgeEntry(trx: Tx, actor: Actor, entryId: string, input: { entryVersion: number; comment?: string }, now?: Date): Promise<KnowledgeTransitionResult> {
  const entry = await findVisibleEntry(trx, actor, entryId);
  if (!entry.published_version_id) throw new ConflictError('NOT_PUBLISHED', 'knowledge.error.notPublished');
  return transitionKnowledgeVersion(trx, actor, entry.published_version_id, { action: 'retire', entryVersion: input.entryVersion, comment: input.comment }, now);
}
