import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { VisitRow } from './reception-access.js';
import type { VersionBody } from './schemas.js';
import { transitionVisit } from './transition-visit.js';

/** The visitor of an appointment did not come (they can still be checked in if they turn up late). */
export async function markNoShow(trx: Tx, actor: Actor, id: string, input: VersionBody, now: Date = new Date()): Promise<VisitRow> {
  const { visit } = await transitionVisit(trx, actor, id, { action: 'markNoShow', version: input.version }, now);
  return visit;
}
