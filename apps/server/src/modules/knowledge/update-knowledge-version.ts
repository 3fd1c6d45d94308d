import { isEditableVersion } from '@guanjia/domain/knowledge/knowledge-flow';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { dedupe } from './create-knowledge-entry.js';
import { findVisibleVersion, type KnowledgeVersionRow } from './knowledge-access.js';
import { KnowledgeTransitionError } from './knowledge-errors.js';
import { recordKnowledgeEvent } from './record-knowledge-event.js';
import type { UpdateVersionBody } from './schemas.js';

/**
 * Edits a draft in place (also one sent back by the marketing lead or the manager). A submitted,
 * published or superseded wording is never changed: what was approved stays as approved.
 */
export async function updateKnowledgeVersion(trx: Tx, actor: Actor, versionId: string, patch: UpdateVersionBody, now: Date = new Date()): Promise<KnowledgeVersionRow> {
  const { version: before, entry } = await findVisibleVersion(trx, actor, versionId);
  assertVersion(before.version, patch.version);
  if (!isEditableVersion(before.status)) throw new KnowledgeTransitionError(before.status, 'edit');
  const changes = changedColumns(before, {
    question: patch.question,
    answer: patch.answer,
    keywords: patch.keywords === undefined ? undefined : JSON.stringify(dedupe(patch.keywords)),
  });
  if (!Object.keys(changes).length) return before;
  const after = await updateVersioned(trx, 'knowledge_versions', before, changes);
  if (patch.question !== undefined && !entry.published_version_id && entry.last_version_no === before.number) {
    await updateVersioned(trx, 'knowledge_entries', entry, { title: patch.question });
  }
  await recordKnowledgeEvent(trx, actor, after, { action: 'edit', from: before.status, at: now.toISOString() });
  await recordAudit(trx, actor, after.company_id, { action: 'update', entityType: 'knowledge_version', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}
