import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { BusinessRuleError } from '../../platform/http/errors.js';
import { loadDuty, recordChannelEvent, type DutyRow } from './channel-access.js';
import { dutySnapshot } from './present-duty.js';
import type { RemoveDutyBody } from './schemas.js';

/** Takes a duty off the list; the row stays with its history, so the split as it was can be read back. */
export async function removeDuty(trx: Tx, actor: Actor, id: string, input: RemoveDutyBody, now: Date = new Date()): Promise<DutyRow> {
  const before = await loadDuty(trx, actor, id);
  assertVersion(before.version, input.version);
  if (!before.active) throw new BusinessRuleError('DUTY_REMOVED', 'salesChannel.error.dutyRemoved');
  const after = await updateVersioned(trx, 'sales_channel_duties', before, { active: 0, updated_by: actor.userId });
  await recordChannelEvent(trx, after, { entityType: 'duty', action: 'remove', note: input.reason || null, snapshot: dutySnapshot(after), actorId: actor.userId, at: now.toISOString() });
  await recordAudit(trx, actor, after.company_id, { action: 'salesChannelDuty.remove', entityType: 'salesChannelDuty', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}
