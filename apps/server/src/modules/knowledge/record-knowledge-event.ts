import { uuidv7 } from '@guanjia/domain';
import type { KnowledgeVersionAction, KnowledgeVersionEvent, KnowledgeVersionStatus } from '@guanjia/domain/knowledge/knowledge-flow';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { KnowledgeVersionRow } from './knowledge-access.js';

/** One row of a version's history, in the transaction of the change it records. */
export async function recordKnowledgeEvent(
  trx: Tx,
  actor: Actor,
  version: KnowledgeVersionRow,
  event: { action: KnowledgeVersionAction | KnowledgeVersionEvent; from: KnowledgeVersionStatus | null; comment?: string | null; at: string },
): Promise<void> {
  await trx
    .insertInto('knowledge_version_events')
    .values({
      id: uuidv7(),
      company_id: version.company_id,
      project_id: version.project_id,
      entry_id: version.entry_id,
      version_id: version.id,
      action: event.action,
      from_status: event.from,
      to_status: version.status,
      actor_id: actor.userId,
      actor_name: actor.name,
      comment: event.comment?.trim() || null,
      at: event.at,
    })
    .execute();
}
