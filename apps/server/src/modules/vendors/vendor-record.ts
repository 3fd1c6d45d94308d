import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { VendorTable } from './tables.js';

export type VendorRow = Selectable<VendorTable>;

/** Projects served, per vendor id, in one query for a whole page. */
export async function projectIdsByVendor(db: DbOrTx, vendorIds: readonly string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(vendorIds.map((id) => [id, []]));
  if (!vendorIds.length) return map;
  const rows = await db.selectFrom('vendor_projects').select(['vendor_id', 'project_id']).where('vendor_id', 'in', [...vendorIds]).orderBy('project_id').execute();
  for (const r of rows) map.get(r.vendor_id)?.push(r.project_id);
  return map;
}

export async function replaceVendorProjects(trx: DbOrTx, vendor: { id: string; company_id: string }, projectIds: readonly string[]): Promise<void> {
  await trx.deleteFrom('vendor_projects').where('vendor_id', '=', vendor.id).execute();
  const unique = [...new Set(projectIds)];
  if (unique.length) {
    await trx
      .insertInto('vendor_projects')
      .values(unique.map((project_id) => ({ vendor_id: vendor.id, project_id, company_id: vendor.company_id })))
      .execute();
  }
}

export function vendorAuditSnapshot(row: VendorRow, projectIds: readonly string[]) {
  return { ...row, projectIds: [...projectIds].sort() };
}
