import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import type { Tx } from '../../platform/db/transaction.js';
import { withUniqueField } from '../../platform/db/unique-violation.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import type { BuildingInput } from './create-building.js';
import { getBuilding } from './get-building.js';
import type { BuildingTable } from './tables.js';

export async function updateBuilding(trx: Tx, actor: Actor, id: string, input: Partial<BuildingInput> & { version?: number }): Promise<BuildingTable> {
  const before = await getBuilding(trx, actor, id);
  assertVersion(before.version, input.version);
  const changes = changedColumns(before, { name: input.name, code: input.code, floors: input.floors });
  if (!Object.keys(changes).length) return before;
  const after = await withUniqueField('code', changes.code, () => updateVersioned(trx, 'buildings', before, changes));
  await recordAudit(trx, actor, actor.companyId, { action: 'update', entityType: 'building', entityId: id, projectId: before.project_id, before, after });
  return after;
}
