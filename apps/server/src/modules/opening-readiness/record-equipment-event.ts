import { uuidv7 } from '@guanjia/domain';
import type { EquipmentStatus } from '@guanjia/domain/opening-readiness/equipment-flow';
import type { Tx } from '../../platform/db/transaction.js';
import type { EquipmentItemRow } from './opening-readiness-access.js';
import type { EquipmentEventAction } from './tables.js';

/** One history row of an equipment item, written in the transaction of the change it records. */
export async function recordEquipmentEvent(
  trx: Tx,
  item: Pick<EquipmentItemRow, 'id' | 'company_id' | 'project_id'>,
  e: { action: EquipmentEventAction; from?: EquipmentStatus | null; to?: EquipmentStatus | null; reason?: string | null; actorId: string; at: string },
): Promise<void> {
  await trx
    .insertInto('opening_equipment_events')
    .values({
      id: uuidv7(),
      company_id: item.company_id,
      project_id: item.project_id,
      item_id: item.id,
      action: e.action,
      from_status: e.from ?? null,
      to_status: e.to ?? null,
      reason: e.reason ?? null,
      actor_id: e.actorId,
      created_at: e.at,
    })
    .execute();
}
