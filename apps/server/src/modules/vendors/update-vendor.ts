import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import { assertCompanyProjects } from '../../platform/db/company-projects.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { UpdateVendorBody } from './schemas.js';
import { projectIdsByVendor, replaceVendorProjects, vendorAuditSnapshot, type VendorRow } from './vendor-record.js';

export async function updateVendor(trx: Tx, actor: Actor, id: string, patch: UpdateVendorBody): Promise<VendorRow> {
  const before = await trx.selectFrom('vendors').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!before) throw new NotFoundError('entity.vendor');
  assertVersion(before.version, patch.version);
  if (patch.projectIds) await assertCompanyProjects(trx, actor.companyId, patch.projectIds);

  const beforeProjects = (await projectIdsByVendor(trx, [id])).get(id) ?? [];
  const changes = changedColumns(before, {
    name: patch.name,
    service_type: patch.serviceType,
    contact_name: patch.contactName,
    contact_phone: patch.contactPhone,
    active: patch.active === undefined ? undefined : patch.active ? 1 : 0,
  });
  const nextProjects = patch.projectIds ? [...new Set(patch.projectIds)].sort() : beforeProjects;
  const projectsChanged = nextProjects.join() !== [...beforeProjects].sort().join();
  if (!Object.keys(changes).length && !projectsChanged) return before;

  const after = await updateVersioned(trx, 'vendors', before, changes);
  if (projectsChanged) await replaceVendorProjects(trx, after, nextProjects);
  await recordAudit(trx, actor, actor.companyId, {
    action: 'update',
    entityType: 'vendor',
    entityId: id,
    before: vendorAuditSnapshot(before, beforeProjects),
    after: vendorAuditSnapshot(after, nextProjects),
  });
  return after;
}
