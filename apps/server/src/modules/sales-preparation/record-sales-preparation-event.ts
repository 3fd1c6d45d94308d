import { uuidv7 } from '@guanjia/domain';
import type { Tx } from '../../platform/db/transaction.js';

interface Owner {
  id: string;
  company_id: string;
  project_id: string;
}

export interface HistoryEntry {
  action: string;
  from?: string | null;
  to?: string | null;
  actorId: string | null;
  note?: string | null;
  at: string;
}

const row = (owner: Owner, e: HistoryEntry) => ({
  id: uuidv7(),
  company_id: owner.company_id,
  project_id: owner.project_id,
  action: e.action,
  from_value: e.from ?? null,
  to_value: e.to ?? null,
  actor_id: e.actorId,
  note: e.note ?? null,
  created_at: e.at,
});

/** History rows, each written in the transaction of the change it records. */
export async function recordPreAgreementEvent(trx: Tx, agreement: Owner, e: HistoryEntry): Promise<void> {
  await trx.insertInto('pre_agreement_events').values({ ...row(agreement, e), agreement_id: agreement.id }).execute();
}

export async function recordServicePlanEvent(trx: Tx, plan: Owner, e: HistoryEntry): Promise<void> {
  await trx.insertInto('service_plan_events').values({ ...row(plan, e), plan_id: plan.id }).execute();
}

export async function recordChecklistEvent(trx: Tx, item: Owner, e: HistoryEntry): Promise<void> {
  await trx.insertInto('preparation_checklist_events').values({ ...row(item, e), item_id: item.id }).execute();
}
