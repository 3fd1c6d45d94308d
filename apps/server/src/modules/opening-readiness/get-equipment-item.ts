import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { findVisibleEquipmentItem, userNames } from './opening-readiness-access.js';
import { presentEquipmentItem } from './present-opening-readiness.js';
import type { EquipmentItemDetailView } from './schemas.js';

/** One item with its status history, oldest first. */
export async function getEquipmentItem(db: DbOrTx, actor: Actor, id: string): Promise<EquipmentItemDetailView> {
  const item = await findVisibleEquipmentItem(db, actor, id);
  const events = await db.selectFrom('opening_equipment_events').selectAll().where('item_id', '=', id).orderBy('id').execute();
  const names = await userNames(db, events.map((e) => e.actor_id));
  return {
    ...presentEquipmentItem(item),
    history: events.map((e) => ({
      action: e.action,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      reason: e.reason,
      actor: { id: e.actor_id, name: names.get(e.actor_id) ?? '' },
      at: e.created_at,
    })),
  };
}
