import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { withUniqueField } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import type { RegionTable } from './tables.js';

export async function createRegion(trx: Tx, actor: Actor, input: { name: string; code?: string | null }): Promise<RegionTable> {
  const row: RegionTable = { id: uuidv7(), company_id: actor.companyId, name: input.name, code: input.code ?? null, ...newRowStamp() };
  await withUniqueField('code', row.code, () => trx.insertInto('regions').values(row).execute());
  await recordAudit(trx, actor, actor.companyId, { action: 'create', entityType: 'region', entityId: row.id, after: row });
  return row;
}
