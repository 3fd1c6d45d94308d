import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import type { Tx } from '../../platform/db/transaction.js';
import { withUniqueField } from '../../platform/db/unique-violation.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { getRegion } from './get-region.js';
import type { RegionTable } from './tables.js';

export async function updateRegion(
  trx: Tx,
  actor: Actor,
  id: string,
  input: { name?: string; code?: string | null; version?: number },
): Promise<RegionTable> {
  const before = await getRegion(trx, actor, id);
  assertVersion(before.version, input.version);
  const changes = changedColumns(before, { name: input.name, code: input.code });
  if (!Object.keys(changes).length) return before;
  const after = await withUniqueField('code', changes.code, () => updateVersioned(trx, 'regions', before, changes));
  await recordAudit(trx, actor, actor.companyId, { action: 'update', entityType: 'region', entityId: id, before, after });
  return after;
}
