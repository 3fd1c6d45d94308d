import type { OnboardingItem } from '@guanjia/domain/deals/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { recordDealEvent } from './deal-access.js';

export interface MarkOnboardingItemInput {
  projectId: string;
  /** The buyer whose deals are meant (co-buyers' signatures do not tick the buyer's checklist). */
  ownerId: string;
  item: OnboardingItem;
  /** When it happened (ISO instant), e.g. the signing time. */
  at: string;
}

/**
 * For other modules, inside their own transaction: the owner signed a document or filled the
 * questionnaire, so the item is done on each of the owner's recorded deals where it is still to do.
 * No deal or nothing to do is a no-op. Returns how many deals were ticked.
 */
export async function markOnboardingItem(trx: Tx, input: MarkOnboardingItemInput): Promise<number> {
  const open = await trx
    .selectFrom('deal_onboarding_items as i')
    .innerJoin('deals as d', 'd.id', 'i.deal_id')
    .select(['i.id', 'i.version', 'd.id as deal_id', 'd.company_id', 'd.project_id'])
    .where('d.project_id', '=', input.projectId)
    .where('d.owner_id', '=', input.ownerId)
    .where('d.status', '=', 'recorded')
    .where('i.item', '=', input.item)
    .where('i.status', '=', 'todo')
    .execute();
  let ticked = 0;
  for (const row of open) {
    // Guarded by status, not version: a person's concurrent tick of the same item is the same outcome.
    const done = await trx
      .updateTable('deal_onboarding_items')
      .set({ status: 'done', done_at: input.at, done_by: null, reason: null, updated_at: input.at, version: row.version + 1 })
      .where('id', '=', row.id)
      .where('status', '=', 'todo')
      .executeTakeFirst();
    if (!Number(done.numUpdatedRows)) continue;
    ticked++;
    const deal = { id: row.deal_id, company_id: row.company_id, project_id: row.project_id };
    await recordDealEvent(trx, deal, { action: 'onboarding', actorId: null, data: { item: input.item, action: 'complete', status: 'done', automatic: true }, at: input.at });
    await recordAudit(trx, null, row.company_id, { action: 'onboarding.complete', entityType: 'dealOnboardingItem', entityId: row.id, projectId: row.project_id, after: { status: 'done', done_at: input.at } });
  }
  return ticked;
}
