import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { BusinessRuleError } from '../../platform/http/errors.js';
import { recordTemplateEvent, type TemplateRow } from './template-access.js';
import type { CreateTemplateBody } from './schemas.js';

/**
 * Starts the next version of a project's document as a draft (version 1, 2, 3… per kind). One draft
 * per kind at a time: a second would race the first for the same version number.
 */
export async function createOwnerDocumentTemplate(trx: Tx, actor: Actor, input: CreateTemplateBody, now: Date = new Date()): Promise<TemplateRow> {
  assertProjectVisible(actor, input.projectId, 'entity.project');
  const latest = await trx
    .selectFrom('owner_document_templates')
    .select(['version_no', 'status'])
    .where('project_id', '=', input.projectId)
    .where('kind', '=', input.kind)
    .orderBy('version_no', 'desc')
    .executeTakeFirst();
  if (latest?.status === 'draft') throw new BusinessRuleError('DRAFT_EXISTS', 'ownerDocument.error.draftExists', { version: latest.version_no });
  const at = now.toISOString();
  const row: TemplateRow = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: input.projectId,
    kind: input.kind,
    version_no: (latest?.version_no ?? 0) + 1,
    title: input.title,
    body: input.body,
    status: 'draft',
    created_by: actor.userId,
    published_by: null,
    published_at: null,
    retired_at: null,
    ...newRowStamp(at),
  };
  try {
    await trx.insertInto('owner_document_templates').values(row).execute();
  } catch (err) {
    // Two managers starting a draft of the same kind at once: the unique indexes let one through.
    if (isUniqueViolation(err)) throw new BusinessRuleError('DRAFT_EXISTS', 'ownerDocument.error.draftExists', { version: row.version_no });
    throw err;
  }
  await recordTemplateEvent(trx, row, { action: 'create', actorId: actor.userId, data: { versionNo: row.version_no }, at });
  await recordAudit(trx, actor, row.company_id, { action: 'create', entityType: 'ownerDocumentTemplate', entityId: row.id, projectId: row.project_id, after: row });
  return row;
}
