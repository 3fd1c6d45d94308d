import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import type { Tx } from '../../platform/db/transaction.js';
import { withUniqueField } from '../../platform/db/unique-violation.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import type { CreateProjectInput } from './create-project.js';
import { getProject } from './get-project.js';
import { assertCompanyReferences } from './references.js';
import type { ProjectTable } from './tables.js';

export async function updateProject(
  trx: Tx,
  actor: Actor,
  id: string,
  input: Partial<CreateProjectInput> & { version?: number },
): Promise<ProjectTable> {
  const before = await getProject(trx, actor, id);
  assertVersion(before.version, input.version);
  const changes = changedColumns(before, {
    name: input.name,
    code: input.code,
    region_id: input.regionId,
    developer_id: input.developerId,
    city: input.city,
    address: input.address,
  });
  if (!Object.keys(changes).length) return before;
  await assertCompanyReferences(trx, actor, { regionId: changes.region_id, developerId: changes.developer_id });
  const after = await withUniqueField('code', changes.code, () => updateVersioned(trx, 'projects', before, changes));
  await recordAudit(trx, actor, actor.companyId, { action: 'update', entityType: 'project', entityId: id, projectId: id, before, after });
  return after;
}
