import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { findVisibleHousehold, type HouseholdRow } from './household-access.js';
import type { UpdateHouseholdBody } from './schemas.js';

export async function updateHousehold(trx: Tx, actor: Actor, id: string, patch: UpdateHouseholdBody): Promise<HouseholdRow> {
  const before = await findVisibleHousehold(trx, actor, id);
  assertVersion(before.version, patch.version);
  const changes = changedColumns(before, { name: patch.name });
  if (!Object.keys(changes).length) return before;
  const after = await updateVersioned(trx, 'households', before, changes);
  await recordAudit(trx, actor, actor.companyId, { action: 'update', entityType: 'household', entityId: id, projectId: before.project_id, before, after });
  return after;
}
