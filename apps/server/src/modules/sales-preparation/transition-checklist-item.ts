import { ForbiddenTransitionError } from '@guanjia/domain';
import { checklistItemNextState } from '@guanjia/domain/sales-preparation/preparation-checklists';
import { canWorkChecklists } from '@guanjia/domain/sales-preparation/service-plan-flow';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { nowIso, type Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { AppError, ForbiddenError, ValidationError } from '../../platform/http/errors.js';
import { recordChecklistEvent } from './record-sales-preparation-event.js';
import { loadVisibleChecklistItem, type ChecklistItemRow } from './sales-preparation-access.js';
import type { ChecklistItemActionBody } from './schemas.js';

/**
 * The one place an item changes status: start, complete, mark not applicable (with the reason) or
 * reopen, by the item's transition table (409 when the status does not allow it).
 */
export async function transitionChecklistItem(trx: Tx, actor: Actor, id: string, input: ChecklistItemActionBody): Promise<ChecklistItemRow> {
  if (!canWorkChecklists(actor.roles)) throw new ForbiddenError();
  const before = await loadVisibleChecklistItem(trx, actor, id);
  assertVersion(before.version, input.version);
  let to;
  try {
    to = checklistItemNextState(before.status, input.action);
  } catch (err) {
    if (!(err instanceof ForbiddenTransitionError)) throw err;
    throw new AppError(409, 'FORBIDDEN_TRANSITION', 'checklist.error.forbiddenTransition', { status: `checklist.status.${before.status}`, action: `checklist.action.${input.action}` }, undefined, {
      entity: 'checklistItem',
      from: before.status,
      action: input.action,
    });
  }
  if (input.action === 'markNotApplicable' && !input.reason) throw new ValidationError({ reason: 'checklist.field.reasonRequired' });
  const at = nowIso();
  const after = await updateVersioned(trx, 'preparation_checklist_items', before, {
    status: to,
    not_applicable_reason: to === 'notApplicable' ? input.reason! : null,
    done_at: to === 'done' ? at : null,
    done_by: to === 'done' ? actor.userId : null,
  });
  await recordChecklistEvent(trx, after, { action: input.action, from: before.status, to, actorId: actor.userId, note: input.reason || null, at });
  await recordAudit(trx, actor, after.company_id, { action: `preparationChecklist.${input.action}`, entityType: 'preparationChecklistItem', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}
