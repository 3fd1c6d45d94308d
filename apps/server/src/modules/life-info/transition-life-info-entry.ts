import { lifeInfoNextState, lifeInfoState, type LifeInfoAction } from '@guanjia/domain/life-info/life-info';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { loadVisibleLifeInfoEntry, recordLifeInfoEvent, type LifeInfoEntryRow } from './life-info-access.js';
import type { PublishLifeInfoBody } from './schemas.js';

/** Publishes an entry to owners or takes it back, by the domain's transition table (twice is a 409). */
export async function transitionLifeInfoEntry(trx: Tx, actor: Actor, id: string, action: LifeInfoAction, input: PublishLifeInfoBody, now: Date = new Date()): Promise<LifeInfoEntryRow> {
  const before = await loadVisibleLifeInfoEntry(trx, actor, id);
  assertVersion(before.version, input.version);
  const to = lifeInfoNextState(lifeInfoState(before.published === 1), action);
  const at = now.toISOString();
  const published = to === 'published';
  const after = await updateVersioned(trx, 'life_info_entries', before, {
    published: published ? 1 : 0,
    // Taking it back keeps the time it last went out, for staff.
    published_at: published ? at : before.published_at,
    updated_by: actor.userId,
  });
  await recordLifeInfoEvent(trx, after, { action, actorId: actor.userId, at });
  await recordAudit(trx, actor, after.company_id, { action, entityType: 'lifeInfoEntry', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}
