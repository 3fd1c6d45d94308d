import { dealActionsFor } from '@guanjia/domain/deals/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { BusinessRuleError, ValidationError } from '../../platform/http/errors.js';
import type { NotificationRow } from '../notifications/notify.js';
import { loadVisibleDeal, recordDealEvent, type DealRow } from './deal-access.js';
import { listProjectButlers } from './list-project-butlers.js';
import { notifyDealButler } from './notify-deal-butler.js';

/** Gives a recorded deal's onboarding to one of the project's butlers, and tells them. */
export async function assignDealButler(trx: Tx, actor: Actor, id: string, input: { butlerId: string; version?: number }, now: Date = new Date()): Promise<{ deal: DealRow; notifications: NotificationRow[] }> {
  const before = await loadVisibleDeal(trx, actor, id);
  assertVersion(before.version, input.version);
  if (!dealActionsFor(before.status, actor.roles).includes('assignButler')) throw new BusinessRuleError('DEAL_CANCELLED', 'deal.error.cancelled');
  if (!(await listProjectButlers(trx, before.project_id)).some((b) => b.id === input.butlerId)) {
    throw new ValidationError({ butlerId: 'deal.field.notProjectButler' });
  }
  if (before.butler_id === input.butlerId) return { deal: before, notifications: [] };
  const deal = await updateVersioned(trx, 'deals', before, { butler_id: input.butlerId });
  await recordDealEvent(trx, deal, { action: 'assignButler', actorId: actor.userId, data: { butlerId: input.butlerId }, at: now.toISOString() });
  await recordAudit(trx, actor, deal.company_id, { action: 'assignButler', entityType: 'deal', entityId: deal.id, projectId: deal.project_id, before, after: deal });
  const unit = await trx.selectFrom('units').select('code').where('id', '=', deal.unit_id).executeTakeFirstOrThrow();
  return { deal, notifications: await notifyDealButler(trx, deal, unit.code) };
}
