import { ForbiddenTransitionError } from '@guanjia/domain';
import { equipmentNextState, equipmentReasonProblem, type EquipmentAction, type EquipmentStatus } from '@guanjia/domain/opening-readiness/equipment-flow';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { AppError } from '../../platform/http/errors.js';
import { findVisibleEquipmentItem, type EquipmentItemRow } from './opening-readiness-access.js';
import { recordEquipmentEvent } from './record-equipment-event.js';
import type { EquipmentActionBody } from './schemas.js';

/** 409: the item's status does not allow the action, both named in the caller's language. */
export class EquipmentTransitionError extends AppError {
  constructor(from: EquipmentStatus, action: EquipmentAction) {
    super(409, 'FORBIDDEN_TRANSITION', 'openingReadiness.error.equipmentTransition', { status: `openingReadiness.equipmentStatus.${from}`, action: `openingReadiness.equipmentAction.${action}` }, undefined, {
      entity: 'equipmentItem',
      from,
      action,
    });
  }
}

/**
 * The one place an equipment item changes status: re-read it (404), the version (409), the reason a
 * step back needs (422 naming the field), the domain's transition table (409), then the row, its
 * history and audit rows.
 */
export async function transitionEquipmentItem(trx: Tx, actor: Actor, id: string, action: EquipmentAction, input: EquipmentActionBody, now: Date = new Date()): Promise<EquipmentItemRow> {
  const before = await findVisibleEquipmentItem(trx, actor, id);
  assertVersion(before.version, input.version);
  let to: EquipmentStatus;
  try {
    to = equipmentNextState(before.status, action);
  } catch (err) {
    if (err instanceof ForbiddenTransitionError) throw new EquipmentTransitionError(before.status, action);
    throw err;
  }
  if (equipmentReasonProblem(action, input.reason)) {
    throw new AppError(422, 'REASON_REQUIRED', 'openingReadiness.field.reasonRequired', {}, { reason: 'openingReadiness.field.reasonRequired' });
  }
  const at = now.toISOString();
  const after = await updateVersioned(trx, 'opening_equipment_items', before, { status: to });
  await recordEquipmentEvent(trx, after, { action, from: before.status, to, reason: input.reason || null, actorId: actor.userId, at });
  await recordAudit(trx, actor, after.company_id, { action: `equipmentItem.${action}`, entityType: 'equipmentItem', entityId: id, projectId: after.project_id, before, after });
  return after;
}
