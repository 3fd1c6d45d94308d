import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { ConflictError } from '../../platform/http/errors.js';
import { attachOwnFiles } from '../work-orders/attach-own-files.js';
import { loadVisibleForm, type LiaisonFormRow } from './liaison-form-access.js';
import { assertDeveloperDepartment, assertDueDate, resolveServiceCenter } from './liaison-form-references.js';
import { recordLiaisonFormEvent } from './record-liaison-form-event.js';
import type { UpdateLiaisonFormBody } from './schemas.js';

/** Edits a draft; once issued, the form is what the developer received and changes only by its steps. */
export async function updateLiaisonForm(trx: Tx, actor: Actor, id: string, patch: UpdateLiaisonFormBody, now: Date = new Date()): Promise<LiaisonFormRow> {
  const before = await loadVisibleForm(trx, actor, id);
  assertVersion(before.version, patch.version);
  if (before.status !== 'draft') throw new ConflictError('DRAFT_ONLY', 'liaison.error.draftOnly');
  if (patch.dueDate !== undefined) assertDueDate(patch.dueDate, now);
  if (patch.toDepartmentId !== undefined) await assertDeveloperDepartment(trx, before.company_id, before.project_id, patch.toDepartmentId);
  const fromServiceCenterId = patch.fromServiceCenterId === undefined ? undefined : await resolveServiceCenter(trx, before.project_id, patch.fromServiceCenterId);
  let attachmentIds: string | undefined;
  if (patch.attachmentIds !== undefined) {
    // Files already attached stay whoever attached them; new ones must be the caller's own.
    const kept = JSON.parse(before.attachment_ids) as string[];
    const ids = [...new Set(patch.attachmentIds)];
    await attachOwnFiles(trx, actor, ids.filter((f) => !kept.includes(f)), before.project_id, 'attachmentIds');
    attachmentIds = JSON.stringify(ids);
  }
  const changes = changedColumns(before, {
    subject: patch.subject,
    content: patch.content,
    to_department_id: patch.toDepartmentId,
    from_service_center_id: fromServiceCenterId,
    due_date: patch.dueDate,
    attachment_ids: attachmentIds,
  });
  if (!Object.keys(changes).length) return before;
  const at = now.toISOString();
  const after = await updateVersioned(trx, 'liaison_forms', before, changes);
  await recordLiaisonFormEvent(trx, after, { action: 'edit', from: 'draft', to: 'draft', actorId: actor.userId, note: Object.keys(changes).join(','), at });
  await recordAudit(trx, actor, after.company_id, { action: 'update', entityType: 'liaisonForm', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}
