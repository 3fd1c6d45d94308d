import { onboardingItemMove, type OnboardingItem } from '@guanjia/domain/deals/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { BusinessRuleError, ValidationError } from '../../platform/http/errors.js';
import { loadVisibleDeal, recordDealEvent, type DealRow } from './deal-access.js';
import type { OnboardingItemBody } from './schemas.js';

/** Ticks, marks not applicable (with a reason) or reopens one checklist item of a recorded deal. */
export async function updateOnboardingItem(trx: Tx, actor: Actor, dealId: string, item: OnboardingItem, input: OnboardingItemBody, now: Date = new Date()): Promise<DealRow> {
  const deal = await loadVisibleDeal(trx, actor, dealId);
  if (deal.status !== 'recorded') throw new BusinessRuleError('DEAL_CANCELLED', 'deal.error.cancelled');
  if (input.status === 'notApplicable' && !input.reason) throw new ValidationError({ reason: 'deal.field.reasonRequired' });
  const before = await trx.selectFrom('deal_onboarding_items').selectAll().where('deal_id', '=', deal.id).where('item', '=', item).executeTakeFirstOrThrow();
  assertVersion(before.version, input.version);
  const action = onboardingItemMove(before.status, input.status);
  const at = now.toISOString();
  const after = await updateVersioned(trx, 'deal_onboarding_items', before, {
    status: input.status,
    reason: input.status === 'notApplicable' ? input.reason : null,
    done_by: input.status === 'todo' ? null : actor.userId,
    done_at: input.status === 'todo' ? null : at,
  });
  await recordDealEvent(trx, deal, { action: 'onboarding', actorId: actor.userId, data: { item, action, status: after.status, reason: after.reason }, at });
  await recordAudit(trx, actor, deal.company_id, { action: `onboarding.${action}`, entityType: 'dealOnboardingItem', entityId: after.id, projectId: deal.project_id, before, after });
  return deal;
}
