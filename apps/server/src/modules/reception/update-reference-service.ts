import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { ReferenceServiceRow } from './list-reference-services.js';
import type { UpdateServiceBody } from './schemas.js';

/** Renames a service or switches it off for the project; its number and its records stay. */
export async function updateReferenceService(trx: Tx, actor: Actor, id: string, input: UpdateServiceBody): Promise<ReferenceServiceRow> {
  const before = await trx.selectFrom('reception_reference_services').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!before) throw new NotFoundError('entity.referenceService');
  assertProjectVisible(actor, before.project_id, 'entity.referenceService');
  assertVersion(before.version, input.version);
  const changes = changedColumns(before, { name: input.name, enabled: input.enabled === undefined ? undefined : input.enabled ? 1 : 0 });
  if (!Object.keys(changes).length) return before;
  const after = await updateVersioned(trx, 'reception_reference_services', before, changes);
  await recordAudit(trx, actor, before.company_id, { action: 'update', entityType: 'referenceService', entityId: id, projectId: before.project_id, before, after });
  return after;
}
