import { templateNextState } from '@guanjia/domain/owner-documents/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { loadVisibleTemplate, recordTemplateEvent, type TemplateRow } from './template-access.js';

/**
 * Publishes a draft for owners to sign and retires the version it replaces. Signatures of the
 * retired version keep their own copy of its text, so they stand as signed.
 */
export async function publishOwnerDocumentTemplate(trx: Tx, actor: Actor, id: string, input: { version: number }, now: Date = new Date()): Promise<{ published: TemplateRow; retired: TemplateRow | null }> {
  const before = await loadVisibleTemplate(trx, actor, id);
  assertVersion(before.version, input.version);
  const status = templateNextState(before.status, 'publish');
  const at = now.toISOString();
  const current = await trx
    .selectFrom('owner_document_templates')
    .selectAll()
    .where('project_id', '=', before.project_id)
    .where('kind', '=', before.kind)
    .where('status', '=', 'published')
    .executeTakeFirst();
  let retired: TemplateRow | null = null;
  // Retired first: the unique index allows one published version per kind at every moment.
  if (current) {
    retired = await updateVersioned(trx, 'owner_document_templates', current, { status: templateNextState(current.status, 'retire'), retired_at: at });
    await recordTemplateEvent(trx, retired, { action: 'retire', actorId: actor.userId, data: { replacedBy: before.id, versionNo: before.version_no }, at });
    await recordAudit(trx, actor, retired.company_id, { action: 'retire', entityType: 'ownerDocumentTemplate', entityId: retired.id, projectId: retired.project_id, before: { status: current.status }, after: { status: retired.status, retiredAt: at } });
  }
  const published = await updateVersioned(trx, 'owner_document_templates', before, { status, published_by: actor.userId, published_at: at });
  await recordTemplateEvent(trx, published, { action: 'publish', actorId: actor.userId, data: { versionNo: published.version_no, replaces: current?.id ?? null }, at });
  await recordAudit(trx, actor, published.company_id, { action: 'publish', entityType: 'ownerDocumentTemplate', entityId: published.id, projectId: published.project_id, before: { status: before.status }, after: { status, publishedAt: at } });
  return { published, retired };
}
