import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import type { Tx } from '../../platform/db/transaction.js';
import { withUniqueField } from '../../platform/db/unique-violation.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { findVisibleEquipmentItem, type EquipmentItemRow } from './opening-readiness-access.js';
import type { UpdateEquipmentItemBody } from './schemas.js';

/** Edits an item's place, name, quantity or note; its status moves only through the status actions. */
export async function updateEquipmentItem(trx: Tx, actor: Actor, id: string, patch: UpdateEquipmentItemBody): Promise<EquipmentItemRow> {
  const before = await findVisibleEquipmentItem(trx, actor, id);
  assertVersion(before.version, patch.version);
  const changes = changedColumns(before, {
    place_kind: patch.placeKind,
    place_name: patch.placeName,
    item_name: patch.itemName,
    quantity: patch.quantity,
    note: patch.note === undefined ? undefined : patch.note || null,
  });
  if (!Object.keys(changes).length) return before;
  const after = await withUniqueField('itemName', patch.itemName ?? before.item_name, () => updateVersioned(trx, 'opening_equipment_items', before, changes));
  await recordAudit(trx, actor, after.company_id, { action: 'update', entityType: 'equipmentItem', entityId: id, projectId: after.project_id, before, after });
  return after;
}
