import type { Selectable } from 'kysely';
import { linkedProjectIds, replaceProjectLinks } from '../../platform/db/company-projects.js';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { VendorTable } from './tables.js';

export type VendorRow = Selectable<VendorTable>;

/** Projects served, per vendor id, in one query for a whole page. */
export const projectIdsByVendor = (db: DbOrTx, vendorIds: readonly string[]) => linkedProjectIds(db, 'vendor_projects', vendorIds);

/** Replaces the projects a vendor serves with exactly `projectIds`. */
export const replaceVendorProjects = (trx: DbOrTx, vendor: { id: string; company_id: string }, projectIds: readonly string[]) =>
  replaceProjectLinks(trx, 'vendor_projects', vendor, projectIds);

export function vendorAuditSnapshot(row: VendorRow, projectIds: readonly string[]) {
  return { ...row, projectIds: [...projectIds].sort() };
}
