import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { AppError, NotFoundError } from '../../platform/http/errors.js';
import type { UpdateServiceItemBody } from './schemas.js';
import { editableColumns } from './service-item-fields.js';
import { serviceItemAuditSnapshot, type ServiceItemRow } from './service-item-record.js';

/** 422: the seed's wording is the catalog's; only items a project added may be renamed. */
export class SeededWordingError extends AppError {
  constructor() {
    super(422, 'SEEDED_WORDING_FIXED', 'serviceCatalog.error.seededWordingFixed', {}, { name: 'serviceCatalog.field.seededWordingFixed' });
  }
}

export async function updateServiceItem(trx: Tx, actor: Actor, id: string, patch: UpdateServiceItemBody): Promise<ServiceItemRow> {
  const before = await trx.selectFrom('service_items').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!before) throw new NotFoundError('entity.serviceItem');
  assertProjectVisible(actor, before.project_id, 'entity.serviceItem');
  assertVersion(before.version, patch.version);

  const columns = await editableColumns(trx, { companyId: before.company_id, projectId: before.project_id }, patch, before);
  if (patch.name !== undefined && patch.name !== before.name) {
    if (before.origin === 'seed') throw new SeededWordingError();
    columns.name = patch.name;
  }
  const changes = changedColumns(before, columns);
  if (!Object.keys(changes).length) return before;

  const after = await updateVersioned(trx, 'service_items', before, changes);
  await recordAudit(trx, actor, before.company_id, {
    action: 'update',
    entityType: 'serviceItem',
    entityId: id,
    projectId: before.project_id,
    before: serviceItemAuditSnapshot(before),
    after: serviceItemAuditSnapshot(after),
  });
  return after;
}
