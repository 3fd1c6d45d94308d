import type { DbOrTx } from '../../platform/db/transaction.js';
import type { VendorView } from './schemas.js';
import { projectIdsByVendor, type VendorRow } from './vendor-record.js';

export async function presentVendors(db: DbOrTx, rows: VendorRow[]): Promise<VendorView[]> {
  const served = await projectIdsByVendor(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((v) => ({
    id: v.id,
    name: v.name,
    serviceType: v.service_type,
    contactName: v.contact_name,
    contactPhone: v.contact_phone,
    projectIds: served.get(v.id) ?? [],
    active: v.active === 1,
    version: v.version,
    createdAt: v.created_at,
    updatedAt: v.updated_at,
  }));
}

export async function presentVendor(db: DbOrTx, row: VendorRow): Promise<VendorView> {
  return (await presentVendors(db, [row]))[0];
}
