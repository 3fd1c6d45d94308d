import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { nextNumber } from '../../platform/sequences/next-number.js';
import { attachOwnFiles } from '../work-orders/attach-own-files.js';
import type { LiaisonFormRow } from './liaison-form-access.js';
import { assertDeveloperDepartment, assertDueDate, resolveServiceCenter } from './liaison-form-references.js';
import { recordLiaisonFormEvent } from './record-liaison-form-event.js';
import type { CreateLiaisonFormBody } from './schemas.js';

/** Drafts a form (numbered LX-YYYYMMDD-0001 at once); the property side issues it when ready. */
export async function createLiaisonForm(trx: Tx, actor: Actor, input: CreateLiaisonFormBody, now: Date = new Date()): Promise<LiaisonFormRow> {
  assertProjectVisible(actor, input.projectId, 'entity.project');
  assertDueDate(input.dueDate, now);
  await assertDeveloperDepartment(trx, actor.companyId, input.projectId, input.toDepartmentId);
  const fromServiceCenterId = await resolveServiceCenter(trx, input.projectId, input.fromServiceCenterId);
  const attachments = await attachOwnFiles(trx, actor, input.attachmentIds, input.projectId, 'attachmentIds');
  const at = now.toISOString();
  const row: LiaisonFormRow = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: input.projectId,
    number: await nextNumber(trx, { companyId: actor.companyId, prefix: 'LX', date: now }),
    subject: input.subject,
    content: input.content,
    attachment_ids: JSON.stringify(attachments),
    from_service_center_id: fromServiceCenterId,
    to_department_id: input.toDepartmentId,
    due_date: input.dueDate,
    status: 'draft',
    created_by: actor.userId,
    issued_by: null,
    issued_at: null,
    acknowledged_by: null,
    acknowledged_at: null,
    reply_text: null,
    replied_by: null,
    replied_at: null,
    returned_by: null,
    returned_at: null,
    cancelled_by: null,
    cancelled_at: null,
    cancel_reason: null,
    ...newRowStamp(at),
  };
  await trx.insertInto('liaison_forms').values(row).execute();
  await recordLiaisonFormEvent(trx, row, { action: 'create', to: 'draft', actorId: actor.userId, at });
  await recordAudit(trx, actor, row.company_id, { action: 'create', entityType: 'liaisonForm', entityId: row.id, projectId: row.project_id, after: row });
  return row;
}
