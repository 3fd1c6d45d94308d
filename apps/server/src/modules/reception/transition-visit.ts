import { ForbiddenTransitionError } from '@guanjia/domain';
import type { VisitAction, JourneyStep, StepOutcome } from '@guanjia/domain/reception/index';
import { visitNextState, visitRefusal } from '@guanjia/domain/reception/index';
import type { Updateable } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { ForbiddenError } from '../../platform/http/errors.js';
import { loadVisibleVisit, visitActorOf, type VisitRow } from './reception-access.js';
import { VisitTransitionError } from './reception-errors.js';
import { recordVisitEvent } from './record-visit-event.js';
import type { VisitTable } from './tables.js';
import { accompanimentOf, loadJourneys } from './visit-journey.js';

export interface VisitEffect {
  changes?: Updateable<VisitTable>;
  data?: Record<string, unknown> | null;
  step?: JourneyStep;
  outcome?: StepOutcome;
}

export interface VisitChange {
  action: VisitAction;
  /** The version the caller read; a different current version is a 409. */
  version?: number;
  /** What the action changes besides the status, decided from the row as re-read (after state and part were checked). */
  apply?: (before: VisitRow, at: string) => Promise<VisitEffect> | VisitEffect;
}

export interface VisitTransition {
  before: VisitRow;
  visit: VisitRow;
}

/**
 * The one place the visit state machine is enforced: re-read the visit (404 when not visible),
 * check the caller's version (409), the transition (409) and the caller's part (403), update
 * guarded by version so a concurrent change loses with 409, keep the accompaniment flag current,
 * then write the history row and the audit row.
 */
export async function transitionVisit(trx: Tx, actor: Actor, id: string, change: VisitChange, now: Date = new Date()): Promise<VisitTransition> {
  const before = await loadVisibleVisit(trx, actor, id);
  const { action } = change;
  assertVersion(before.version, change.version);
  let to;
  try {
    to = visitNextState(before.status, action);
  } catch (err) {
    if (err instanceof ForbiddenTransitionError) throw new VisitTransitionError(before.status, action);
    throw err;
  }
  const refusal = visitRefusal({ status: before.status, consultantId: before.consultant_id }, visitActorOf(actor), action);
  if (refusal) throw new ForbiddenError(`reception.refusal.${refusal}`);

  const at = now.toISOString();
  const effect = (await change.apply?.(before, at)) ?? {};
  let visit = await updateVersioned(trx, 'reception_visits', before, { status: to, ...effect.changes });
  await recordVisitEvent(trx, visit, { action, from: before.status, to, step: effect.step, outcome: effect.outcome, actorId: actor.userId, data: effect.data ?? null, at });
  visit = await refreshAccompaniment(trx, visit);
  await recordAudit(trx, actor, visit.company_id, { action: `visit.${action}`, entityType: 'visit', entityId: visit.id, projectId: visit.project_id, before, after: visit });
  return { before, visit };
}

/** Recomputes the stored accompaniment flag from the journey as it now stands (the same version: it is derived data). */
export async function refreshAccompaniment(trx: Tx, visit: VisitRow): Promise<VisitRow> {
  const journey = (await loadJourneys(trx, [visit.id])).get(visit.id) ?? [];
  const complete = accompanimentOf(visit, journey).complete ? 1 : 0;
  if (complete === visit.accompaniment_complete) return visit;
  await trx.updateTable('reception_visits').set({ accompaniment_complete: complete }).where('id', '=', visit.id).execute();
  return { ...visit, accompaniment_complete: complete };
}
