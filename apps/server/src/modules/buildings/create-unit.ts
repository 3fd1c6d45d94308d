import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { withUniqueField } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import { findProjectBuilding } from './find-project-building.js';
import type { UnitTable } from './tables.js';

export interface UnitInput {
  buildingId: string;
  code: string;
  floor?: number | null;
  areaM2?: number | null;
  layout?: string | null;
}

/** The caller has been checked to see `projectId`. */
export async function createUnit(trx: Tx, actor: Actor, projectId: string, input: UnitInput): Promise<{ unit: UnitTable; buildingCode: string }> {
  const building = await findProjectBuilding(trx, projectId, input.buildingId);
  const unit: UnitTable = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: projectId,
    building_id: building.id,
    code: input.code,
    floor: input.floor ?? null,
    area_m2: input.areaM2 ?? null,
    layout: input.layout ?? null,
    ...newRowStamp(),
  };
  await withUniqueField('code', unit.code, () => trx.insertInto('units').values(unit).execute());
  await recordAudit(trx, actor, actor.companyId, { action: 'create', entityType: 'unit', entityId: unit.id, projectId, after: unit });
  return { unit, buildingCode: building.code };
}
