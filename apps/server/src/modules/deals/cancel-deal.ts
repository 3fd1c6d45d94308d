import { dealNextState } from '@guanjia/domain/deals/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { loadVisibleDeal, recordDealEvent, type DealRow } from './deal-access.js';

/**
 * Cancels a deal (退房, 撤单) with a reason. The owner rows and household stay as they are; a later
 * deal on the unit may then name another owner, who takes the household over.
 */
export async function cancelDeal(trx: Tx, actor: Actor, id: string, input: { reason: string; version?: number }, now: Date = new Date()): Promise<DealRow> {
  const before = await loadVisibleDeal(trx, actor, id);
  assertVersion(before.version, input.version);
  const status = dealNextState(before.status, 'cancel');
  const at = now.toISOString();
  const after = await updateVersioned(trx, 'deals', before, { status, cancel_reason: input.reason, cancelled_at: at });
  await recordDealEvent(trx, after, { action: 'cancel', actorId: actor.userId, data: { reason: input.reason }, at });
  await recordAudit(trx, actor, after.company_id, { action: 'cancel', entityType: 'deal', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}
