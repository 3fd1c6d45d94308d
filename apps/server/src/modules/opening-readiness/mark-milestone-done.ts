import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { MilestoneStateError } from './milestone-errors.js';
import { findVisibleMilestone, type OpeningMilestoneRow } from './opening-readiness-access.js';
import { recordMilestoneEvent } from './record-milestone-event.js';
import type { MarkMilestoneDoneBody } from './schemas.js';

/** Marks a milestone done (it turns green and is never alerted); a note records what was done. */
export async function markMilestoneDone(trx: Tx, actor: Actor, id: string, input: MarkMilestoneDoneBody, now: Date = new Date()): Promise<OpeningMilestoneRow> {
  const before = await findVisibleMilestone(trx, actor, id);
  assertVersion(before.version, input.version);
  if (before.done_at !== null) throw new MilestoneStateError(true, 'done');
  const at = now.toISOString();
  const after = await updateVersioned(trx, 'opening_milestones', before, { done_at: at, done_by: actor.userId, ...(input.note ? { note: input.note } : {}) });
  await recordMilestoneEvent(trx, after, { action: 'done', note: input.note || null, actorId: actor.userId, at });
  await recordAudit(trx, actor, after.company_id, { action: 'openingMilestone.done', entityType: 'openingMilestone', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}
