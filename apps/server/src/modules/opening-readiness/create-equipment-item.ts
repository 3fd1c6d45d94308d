import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { withUniqueField } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import { findVisibleProject, type EquipmentItemRow } from './opening-readiness-access.js';
import { recordEquipmentEvent } from './record-equipment-event.js';
import type { CreateEquipmentItemBody } from './schemas.js';

/** Adds an item to the configuration list of a clubhouse or show flat; it starts as requested. */
export async function createEquipmentItem(trx: Tx, actor: Actor, input: CreateEquipmentItemBody, now: Date = new Date()): Promise<EquipmentItemRow> {
  await findVisibleProject(trx, actor, input.projectId);
  const at = now.toISOString();
  const row: EquipmentItemRow = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: input.projectId,
    place_kind: input.placeKind,
    place_name: input.placeName,
    item_name: input.itemName,
    quantity: input.quantity,
    status: 'requested',
    note: input.note || null,
    created_by: actor.userId,
    removed_at: null,
    ...newRowStamp(at),
  };
  await withUniqueField('itemName', input.itemName, () => trx.insertInto('opening_equipment_items').values(row).execute());
  await recordEquipmentEvent(trx, row, { action: 'created', to: 'requested', actorId: actor.userId, at });
  await recordAudit(trx, actor, row.company_id, { action: 'create', entityType: 'equipmentItem', entityId: row.id, projectId: row.project_id, after: row });
  return row;
}
