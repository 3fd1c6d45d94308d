import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import type { Tx } from '../../platform/db/transaction.js';
import { withUniqueField } from '../../platform/db/unique-violation.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import type { UpdateVenueBody } from './schemas.js';
import { findVisibleVenue, type VenueRow } from './venue-access.js';
import { assertVenueHours } from './venue-rules.js';

/**
 * Changing the hours leaves existing bookings as they are: they keep their slot and work order, and
 * staff cancel them by hand if the venue no longer opens then.
 */
export async function updateVenue(trx: Tx, actor: Actor, id: string, patch: UpdateVenueBody): Promise<VenueRow> {
  const before = await findVisibleVenue(trx, actor, id);
  assertVersion(before.version, patch.version);
  await assertVenueHours(trx, before.project_id, {
    openTime: patch.openTime ?? before.open_time,
    closeTime: patch.closeTime ?? before.close_time,
    slotMinutes: patch.slotMinutes ?? before.slot_minutes,
  });
  const changes = changedColumns(before, {
    name: patch.name,
    open_time: patch.openTime,
    close_time: patch.closeTime,
    slot_minutes: patch.slotMinutes,
    capacity: patch.capacity,
    enabled: patch.enabled === undefined ? undefined : patch.enabled ? 1 : 0,
  });
  if (!Object.keys(changes).length) return before;
  const after = await withUniqueField('name', patch.name, () => updateVersioned(trx, 'venues', before, changes));
  await recordAudit(trx, actor, actor.companyId, { action: 'update', entityType: 'venue', entityId: id, projectId: before.project_id, before, after });
  return after;
}
