import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { VisitRow } from './reception-access.js';
import type { StepBody } from './schemas.js';
import { transitionVisit } from './transition-visit.js';

/** A journey step given to a waiting or received visitor (card, drink, tours, cart, bus, umbrella), with its time and who. */
export async function recordJourneyStep(trx: Tx, actor: Actor, id: string, input: StepBody, now: Date = new Date()): Promise<VisitRow> {
  const { visit } = await transitionVisit(
    trx,
    actor,
    id,
    { action: 'recordStep', apply: () => ({ step: input.step, outcome: input.outcome, data: input.note ? { note: input.note } : null }) },
    now,
  );
  return visit;
}
