import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { closeOpenAlerts } from './close-open-alerts.js';
import type { VisitRow } from './reception-access.js';
import type { ReasonBody } from './schemas.js';
import { transitionVisit } from './transition-visit.js';

/**
 * Calls off an appointment, or closes a waiting visit whose visitor left before anyone came (or
 * that was checked in by mistake), with a reason. A cancelled walk-in no longer counts as the
 * consultant's rotation turn.
 */
export async function cancelVisit(trx: Tx, actor: Actor, id: string, input: ReasonBody, now: Date = new Date()): Promise<VisitRow> {
  const { visit } = await transitionVisit(
    trx,
    actor,
    id,
    { action: 'cancel', version: input.version, apply: (_before, at) => ({ changes: { cancelled_at: at, cancel_reason: input.reason }, data: { reason: input.reason } }) },
    now,
  );
  await closeOpenAlerts(trx, visit, 'visitorLeft', now.toISOString());
  return visit;
}
