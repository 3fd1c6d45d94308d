import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import type { ServiceCenterInput } from './create-service-center.js';
import { getServiceCenter } from './get-service-center.js';
import { assertOpeningHours } from './sales-center-hours.js';
import type { ServiceCenterTable } from './tables.js';

export async function updateServiceCenter(
  trx: Tx,
  actor: Actor,
  id: string,
  input: Partial<ServiceCenterInput> & { version?: number },
): Promise<ServiceCenterTable> {
  const before = await getServiceCenter(trx, actor, id);
  assertVersion(before.version, input.version);
  const changes = changedColumns(before, { name: input.name, address: input.address, phone: input.phone, open_time: input.openTime, close_time: input.closeTime });
  if (!Object.keys(changes).length) return before;
  // Checked on the merged row: a PATCH of one end must still fit the other.
  assertOpeningHours({ ...before, ...changes }.open_time, { ...before, ...changes }.close_time);
  const after = await updateVersioned(trx, 'service_centers', before, changes);
  await recordAudit(trx, actor, actor.companyId, { action: 'update', entityType: 'serviceCenter', entityId: id, projectId: before.project_id, before, after });
  return after;
}
