import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { withUniqueField } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import type { CompanyTable } from './tables.js';

/** A new property company (tenant). Operators create companies from the CLI; there is no web page for it. */
export async function createCompany(trx: Tx, actor: Actor | null, input: { name: string; code: string }): Promise<CompanyTable> {
  const row: CompanyTable = { id: uuidv7(), name: input.name, code: input.code, ...newRowStamp() };
  await withUniqueField('code', row.code, () => trx.insertInto('companies').values(row).execute());
  await recordAudit(trx, actor, row.id, { action: 'create', entityType: 'company', entityId: row.id, after: row });
  return row;
}
