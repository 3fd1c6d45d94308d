import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { findVisibleEquipmentItem } from './opening-readiness-access.js';
import { recordEquipmentEvent } from './record-equipment-event.js';

/** Takes an item off the list; the row and its history stay for the record. */
export async function removeEquipmentItem(trx: Tx, actor: Actor, id: string, version: number | undefined, now: Date = new Date()): Promise<void> {
  const before = await findVisibleEquipmentItem(trx, actor, id);
  assertVersion(before.version, version);
  const at = now.toISOString();
  const after = await updateVersioned(trx, 'opening_equipment_items', before, { removed_at: at });
  await recordEquipmentEvent(trx, after, { action: 'removed', from: before.status, actorId: actor.userId, at });
  await recordAudit(trx, actor, after.company_id, { action: 'delete', entityType: 'equipmentItem', entityId: id, projectId: after.project_id, before, after });
}
