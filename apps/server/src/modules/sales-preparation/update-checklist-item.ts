import { canWorkChecklists } from '@guanjia/domain/sales-preparation/service-plan-flow';
import type { Updateable } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { nowIso, type Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { ForbiddenError, ValidationError } from '../../platform/http/errors.js';
import { recordChecklistEvent } from './record-sales-preparation-event.js';
import { loadVisibleChecklistItem, type ChecklistItemRow } from './sales-preparation-access.js';
import type { UpdateChecklistItemBody } from './schemas.js';
import type { PreparationChecklistItemTable } from './tables.js';

/** Renames an item, re-counts a post or fills it with named staff, or sets a material's quantity. */
export async function updateChecklistItem(trx: Tx, actor: Actor, id: string, input: UpdateChecklistItemBody): Promise<ChecklistItemRow> {
  if (!canWorkChecklists(actor.roles)) throw new ForbiddenError();
  const before = await loadVisibleChecklistItem(trx, actor, id);
  assertVersion(before.version, input.version);
  const staffing = before.checklist === 'staffing';
  if (!staffing && input.plannedHeadcount !== undefined) throw new ValidationError({ plannedHeadcount: 'checklist.field.notForChecklist' });
  if (!staffing && input.staffNames !== undefined) throw new ValidationError({ staffNames: 'checklist.field.notForChecklist' });
  if (before.checklist !== 'materials' && input.quantity !== undefined) throw new ValidationError({ quantity: 'checklist.field.notForChecklist' });
  const changes: Updateable<PreparationChecklistItemTable> = {};
  if (input.title !== undefined) changes.title = input.title;
  if (input.plannedHeadcount !== undefined) changes.planned_headcount = input.plannedHeadcount;
  if (input.staffNames !== undefined) changes.staff_names = JSON.stringify(input.staffNames);
  if (input.quantity !== undefined) changes.quantity = input.quantity;
  const changed = Object.entries(changes).filter(([k, v]) => before[k as keyof ChecklistItemRow] !== v);
  if (!changed.length) return before;
  const after = await updateVersioned(trx, 'preparation_checklist_items', before, Object.fromEntries(changed));
  await recordChecklistEvent(trx, after, { action: 'edit', actorId: actor.userId, note: changed.map(([k]) => k).join(','), at: nowIso() });
  await recordAudit(trx, actor, after.company_id, { action: 'preparationChecklist.editItem', entityType: 'preparationChecklistItem', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}
