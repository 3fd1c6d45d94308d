import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { channelEvents, loadDuty, named, namesOf } from './channel-access.js';
import { presentDuty } from './present-duty.js';

/** One duty with every change made to it (the row as it was after each). */
export async function getDuty(db: DbOrTx, actor: Actor, id: string) {
  const duty = await loadDuty(db, actor, id);
  const events = await channelEvents(db, [duty.id]);
  const names = await namesOf(db, [duty.updated_by, ...events.map((e) => e.actor_id)]);
  return {
    ...presentDuty(duty, names),
    history: events.map((e) => ({
      action: e.action,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      note: e.note,
      actor: named(names, e.actor_id)!,
      at: e.created_at,
      snapshot: e.snapshot ? (JSON.parse(e.snapshot) as unknown) : null,
    })),
  };
}
