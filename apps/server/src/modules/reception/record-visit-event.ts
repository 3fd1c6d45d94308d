import { uuidv7 } from '@guanjia/domain';
import type { JourneyStep, StepOutcome, VisitStatus } from '@guanjia/domain/reception/index';
import type { Tx } from '../../platform/db/transaction.js';
import type { VisitRow } from './reception-access.js';
import type { VisitEventAction } from './tables.js';

export interface VisitEventInput {
  action: VisitEventAction;
  from?: VisitStatus | null;
  to?: VisitStatus | null;
  step?: JourneyStep | null;
  outcome?: StepOutcome | null;
  actorId: string | null;
  data?: Record<string, unknown> | null;
  at: string;
}

/** One history row of a visit (a change, a hand-off, an alert, a journey step), in the transaction of what it records. */
export async function recordVisitEvent(trx: Tx, visit: Pick<VisitRow, 'id' | 'company_id' | 'project_id'>, e: VisitEventInput): Promise<string> {
  const id = uuidv7();
  await trx
    .insertInto('reception_visit_events')
    .values({
      id,
      company_id: visit.company_id,
      project_id: visit.project_id,
      visit_id: visit.id,
      action: e.action,
      step: e.step ?? null,
      outcome: e.outcome ?? null,
      from_status: e.from ?? null,
      to_status: e.to ?? null,
      actor_id: e.actorId,
      data: e.data ? JSON.stringify(e.data) : null,
      at: e.at,
    })
    .execute();
  return id;
}
