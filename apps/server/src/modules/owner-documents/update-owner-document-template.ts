import { templateNextState } from '@guanjia/domain/owner-documents/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { loadVisibleTemplate, recordTemplateEvent, type TemplateRow } from './template-access.js';
import type { UpdateTemplateBody } from './schemas.js';

/** Edits a draft's title or text; a published or retired version is never edited (409). */
export async function updateOwnerDocumentTemplate(trx: Tx, actor: Actor, id: string, input: UpdateTemplateBody, now: Date = new Date()): Promise<TemplateRow> {
  const before = await loadVisibleTemplate(trx, actor, id);
  assertVersion(before.version, input.version);
  templateNextState(before.status, 'edit');
  const after = await updateVersioned(trx, 'owner_document_templates', before, { title: input.title ?? before.title, body: input.body ?? before.body });
  const at = now.toISOString();
  await recordTemplateEvent(trx, after, { action: 'edit', actorId: actor.userId, data: { titleChanged: after.title !== before.title, bodyChanged: after.body !== before.body }, at });
  await recordAudit(trx, actor, after.company_id, { action: 'update', entityType: 'ownerDocumentTemplate', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}
