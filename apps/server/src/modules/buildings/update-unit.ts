import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import type { Tx } from '../../platform/db/transaction.js';
import { withUniqueField } from '../../platform/db/unique-violation.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import type { UnitInput } from './create-unit.js';
import { findProjectBuilding } from './find-project-building.js';
import { getUnit } from './get-unit.js';
import type { UnitTable } from './tables.js';

/** A unit may move to another building of the same project (a mis-keyed import, say). */
export async function updateUnit(
  trx: Tx,
  actor: Actor,
  id: string,
  input: Partial<UnitInput> & { version?: number },
): Promise<{ unit: UnitTable; buildingCode: string }> {
  const { unit: before, buildingCode } = await getUnit(trx, actor, id);
  assertVersion(before.version, input.version);
  const changes = changedColumns(before, {
    building_id: input.buildingId,
    code: input.code,
    floor: input.floor,
    area_m2: input.areaM2,
    layout: input.layout,
  });
  if (!Object.keys(changes).length) return { unit: before, buildingCode };
  const building = changes.building_id ? await findProjectBuilding(trx, before.project_id, changes.building_id) : null;
  const after = await withUniqueField('code', changes.code ?? before.code, () => updateVersioned(trx, 'units', before, changes));
  await recordAudit(trx, actor, actor.companyId, { action: 'update', entityType: 'unit', entityId: id, projectId: before.project_id, before, after });
  return { unit: after, buildingCode: building?.code ?? buildingCode };
}
