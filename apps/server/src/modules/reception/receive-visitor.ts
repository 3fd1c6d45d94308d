import type { Tx } from '../../platform/db/transaction.js';
import { StaleUpdateError } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { ForbiddenError } from '../../platform/http/errors.js';
import { visitRefusal } from '@guanjia/domain/reception/index';
import { closeOpenAlerts } from './close-open-alerts.js';
import { loadVisibleVisit, visitActorOf, type VisitRow } from './reception-access.js';
import { transitionVisit } from './transition-visit.js';

export interface ReceiveResult {
  visit: VisitRow;
  /** True when the visitor had already been received (a second tap, or the butler and the consultant at once): nothing was written. */
  alreadyReceived: boolean;
}

/**
 * The consultant came out to the visitor (我已出迎), pressed on their phone or by the butler.
 * Idempotent: when two presses race, the first records the reception and the second answers the
 * visit as received, without a second history row.
 */
export async function receiveVisitor(trx: Tx, actor: Actor, id: string, now: Date = new Date()): Promise<ReceiveResult> {
  const current = await loadVisibleVisit(trx, actor, id);
  if (current.status === 'received') return alreadyReceived(actor, current);
  try {
    const { visit } = await transitionVisit(trx, actor, id, { action: 'receive', apply: (_before, at) => ({ changes: { received_at: at, received_by: actor.userId } }) }, now);
    await closeOpenAlerts(trx, visit, 'consultantArrived', now.toISOString());
    return { visit, alreadyReceived: false };
  } catch (err) {
    // The other press committed between our read and our guarded update.
    if (!(err instanceof StaleUpdateError)) throw err;
    const after = await loadVisibleVisit(trx, actor, id);
    if (after.status !== 'received') throw err;
    return alreadyReceived(actor, after);
  }
}

function alreadyReceived(actor: Actor, visit: VisitRow): ReceiveResult {
  // Someone without a part in receiving this visitor learns nothing more than before.
  const refusal = visitRefusal({ status: 'waiting', consultantId: visit.consultant_id }, visitActorOf(actor), 'receive');
  if (refusal) throw new ForbiddenError(`reception.refusal.${refusal}`);
  return { visit, alreadyReceived: true };
}
