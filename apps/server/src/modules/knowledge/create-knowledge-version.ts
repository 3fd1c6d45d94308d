import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import type { Actor } from '../../platform/http/actor.js';
import { draftVersion } from './create-knowledge-entry.js';
import { findVisibleEntry, type KnowledgeVersionRow } from './knowledge-access.js';
import { recordKnowledgeEvent } from './record-knowledge-event.js';
import type { CreateVersionBody } from './schemas.js';

/**
 * A new draft wording of an entry; the published answer stays on the desk until this one is
 * published. The number comes from the entry, bumped with its version, so two drafts made at once
 * get different numbers or one of them a 409.
 */
export async function createKnowledgeVersion(trx: Tx, actor: Actor, entryId: string, input: CreateVersionBody, now: Date = new Date()): Promise<KnowledgeVersionRow> {
  const entry = await findVisibleEntry(trx, actor, entryId);
  const at = now.toISOString();
  const number = entry.last_version_no + 1;
  const after = await updateVersioned(trx, 'knowledge_entries', entry, {
    last_version_no: number,
    // Until something is published, lists show the newest wording.
    ...(entry.published_version_id ? {} : { title: input.question }),
  });
  const version = draftVersion(actor, after, number, input, at);
  await trx.insertInto('knowledge_versions').values(version).execute();
  await recordKnowledgeEvent(trx, actor, version, { action: 'create', from: null, at });
  await recordAudit(trx, actor, entry.company_id, { action: 'create', entityType: 'knowledge_version', entityId: version.id, projectId: entry.project_id, after: version });
  return version;
}
