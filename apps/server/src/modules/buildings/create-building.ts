import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { withUniqueField } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import type { BuildingTable } from './tables.js';

export interface BuildingInput {
  name: string;
  code: string;
  floors?: number | null;
}

/** The caller has been checked to see `projectId`. */
export async function createBuilding(trx: Tx, actor: Actor, projectId: string, input: BuildingInput): Promise<BuildingTable> {
  const row: BuildingTable = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: projectId,
    name: input.name,
    code: input.code,
    floors: input.floors ?? null,
    ...newRowStamp(),
  };
  await withUniqueField('code', row.code, () => trx.insertInto('buildings').values(row).execute());
  await recordAudit(trx, actor, actor.companyId, { action: 'create', entityType: 'building', entityId: row.id, projectId, after: row });
  return row;
}
