import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { assertCompanyProjects } from '../../platform/db/company-projects.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { CreateVendorBody } from './schemas.js';
import { replaceVendorProjects, vendorAuditSnapshot, type VendorRow } from './vendor-record.js';

export async function createVendor(trx: Tx, actor: Actor, input: CreateVendorBody): Promise<VendorRow> {
  await assertCompanyProjects(trx, actor.companyId, input.projectIds);
  const row: VendorRow = {
    id: uuidv7(),
    company_id: actor.companyId,
    name: input.name,
    service_type: input.serviceType,
    contact_name: input.contactName ?? null,
    contact_phone: input.contactPhone ?? null,
    active: 1,
    ...newRowStamp(),
  };
  await trx.insertInto('vendors').values(row).execute();
  await replaceVendorProjects(trx, row, input.projectIds);
  await recordAudit(trx, actor, actor.companyId, { action: 'create', entityType: 'vendor', entityId: row.id, after: vendorAuditSnapshot(row, input.projectIds) });
  return row;
}
