import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { BusinessRuleError } from '../../platform/http/errors.js';
import { loadDuty, recordChannelEvent, type DutyRow } from './channel-access.js';
import { dutySnapshot } from './present-duty.js';
import type { UpdateDutyBody } from './schemas.js';

/** Rewrites or reassigns a duty; the history keeps the row as it was after each change. */
export async function updateDuty(trx: Tx, actor: Actor, id: string, patch: UpdateDutyBody, now: Date = new Date()): Promise<DutyRow> {
  const before = await loadDuty(trx, actor, id);
  assertVersion(before.version, patch.version);
  if (!before.active) throw new BusinessRuleError('DUTY_REMOVED', 'salesChannel.error.dutyRemoved');
  const changes = changedColumns(before, { area: patch.area, assigned_to: patch.assignedTo, title: patch.title, description: patch.description });
  if (!Object.keys(changes).length) return before;
  const after = await updateVersioned(trx, 'sales_channel_duties', before, { ...changes, updated_by: actor.userId });
  const reassigned = changes.assigned_to ? { from: before.assigned_to, to: after.assigned_to } : {};
  await recordChannelEvent(trx, after, { entityType: 'duty', action: 'edit', ...reassigned, snapshot: dutySnapshot(after), actorId: actor.userId, at: now.toISOString() });
  await recordAudit(trx, actor, after.company_id, { action: 'update', entityType: 'salesChannelDuty', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}
