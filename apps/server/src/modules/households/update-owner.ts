import type { Selectable } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { UpdateOwnerBody } from './schemas.js';
import type { OwnerTable } from './tables.js';

/** Corrects a person's name, phone or ID number; the route admits only household writers. */
export async function updateOwner(trx: Tx, actor: Actor, id: string, patch: UpdateOwnerBody): Promise<Selectable<OwnerTable>> {
  const before = await trx.selectFrom('owners').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!before) throw new NotFoundError('entity.owner');
  assertProjectVisible(actor, before.project_id, 'entity.owner');
  assertVersion(before.version, patch.version);
  const changes = changedColumns(before, { name: patch.name, phone: patch.phone, id_number: patch.idNumber });
  if (!Object.keys(changes).length) return before;
  const after = await updateVersioned(trx, 'owners', before, changes);
  await recordAudit(trx, actor, actor.companyId, { action: 'update', entityType: 'owner', entityId: id, projectId: before.project_id, before, after });
  return after;
}
