import { normalizeTags } from '@guanjia/domain/life-info/life-info';
import type { Updateable } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertReachable } from './assert-reachable.js';
import { loadVisibleLifeInfoEntry, recordLifeInfoEvent, tagColumns, type LifeInfoEntryRow } from './life-info-access.js';
import type { UpdateLifeInfoBody } from './schemas.js';
import type { LifeInfoEntryTable } from './tables.js';

/** Edits an entry the editor read at `version`; a published entry stays published with the new text. */
export async function updateLifeInfoEntry(trx: Tx, actor: Actor, id: string, input: UpdateLifeInfoBody, now: Date = new Date()): Promise<LifeInfoEntryRow> {
  const before = await loadVisibleLifeInfoEntry(trx, actor, id);
  assertVersion(before.version, input.version);
  const changes: Updateable<LifeInfoEntryTable> = { updated_by: actor.userId };
  if (input.category !== undefined) changes.category = input.category;
  if (input.name !== undefined) changes.name = input.name;
  // null or "" clears an optional field; leaving it out keeps it.
  if (input.address !== undefined) changes.address = input.address || null;
  if (input.phone !== undefined) changes.phone = input.phone || null;
  if (input.openingHours !== undefined) changes.opening_hours = input.openingHours || null;
  if (input.note !== undefined) changes.note = input.note || null;
  if (input.tags !== undefined) Object.assign(changes, tagColumns(normalizeTags(input.tags)));
  if (input.sortOrder !== undefined) changes.sort_order = input.sortOrder;
  assertReachable({ address: changes.address === undefined ? before.address : (changes.address as string | null), phone: changes.phone === undefined ? before.phone : (changes.phone as string | null) });
  const after = await updateVersioned(trx, 'life_info_entries', before, changes);
  const fields = Object.keys(input).filter((k) => k !== 'version');
  await recordLifeInfoEvent(trx, after, { action: 'update', actorId: actor.userId, data: { fields }, at: now.toISOString() });
  await recordAudit(trx, actor, after.company_id, { action: 'update', entityType: 'lifeInfoEntry', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}
