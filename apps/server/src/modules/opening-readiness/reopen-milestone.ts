import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { MilestoneStateError } from './milestone-errors.js';
import { findVisibleMilestone, type OpeningMilestoneRow } from './opening-readiness-access.js';
import { recordMilestoneEvent } from './record-milestone-event.js';
import type { ReopenMilestoneBody } from './schemas.js';

/**
 * Takes back a milestone marked done by mistake. Its alert level stays: an owner already told it is
 * late is not told again for the same due date.
 */
export async function reopenMilestone(trx: Tx, actor: Actor, id: string, input: ReopenMilestoneBody, now: Date = new Date()): Promise<OpeningMilestoneRow> {
  const before = await findVisibleMilestone(trx, actor, id);
  assertVersion(before.version, input.version);
  if (before.done_at === null) throw new MilestoneStateError(false, 'reopen');
  const after = await updateVersioned(trx, 'opening_milestones', before, { done_at: null, done_by: null });
  await recordMilestoneEvent(trx, after, { action: 'reopened', from: before.done_at, note: input.reason || null, actorId: actor.userId, at: now.toISOString() });
  await recordAudit(trx, actor, after.company_id, { action: 'openingMilestone.reopen', entityType: 'openingMilestone', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}
