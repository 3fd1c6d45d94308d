import { uuidv7 } from '@guanjia/domain';
import type { Selectable } from 'kysely';
import type { DbOrTx, Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { DealEventTable, DealOnboardingItemTable, DealTable } from './tables.js';

export type DealRow = Selectable<DealTable>;
export type OnboardingItemRow = Selectable<DealOnboardingItemTable>;

/** A co-buyer as kept on the deal: the details signed with, and the owner row they became. */
export interface CoBuyerSnapshot {
  ownerId: string;
  name: string;
  phone: string | null;
  idNumber: string | null;
}

export function coBuyersOf(row: Pick<DealRow, 'co_buyers'>): CoBuyerSnapshot[] {
  return JSON.parse(row.co_buyers) as CoBuyerSnapshot[];
}

/** A deal of a project the actor works in, or 404. */
export async function loadVisibleDeal(db: DbOrTx, actor: Actor, id: string): Promise<DealRow> {
  const row = await db.selectFrom('deals').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.deal');
  assertProjectVisible(actor, row.project_id, 'entity.deal');
  return row;
}

/** One history row, in the transaction of the change it records; actor null for the CRM and other modules. */
export async function recordDealEvent(
  trx: Tx,
  deal: Pick<DealRow, 'id' | 'company_id' | 'project_id'>,
  e: { action: DealEventTable['action']; actorId: string | null; data?: Record<string, unknown>; at: string },
): Promise<void> {
  await trx
    .insertInto('deal_events')
    .values({ id: uuidv7(), company_id: deal.company_id, project_id: deal.project_id, deal_id: deal.id, action: e.action, actor_id: e.actorId, data: e.data ? JSON.stringify(e.data) : null, created_at: e.at })
    .execute();
}
