import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { withUniqueField } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertCompanyReferences } from './references.js';
import type { ProjectTable } from './tables.js';

export interface CreateProjectInput {
  name: string;
  code: string;
  regionId: string;
  developerId?: string | null;
  city?: string | null;
  address?: string | null;
}

/**
 * Company-wide roles resolve their projects on every request, so the new project is visible to
 * them at once; project-bound staff get it when granted.
 */
export async function createProject(trx: Tx, actor: Actor, input: CreateProjectInput): Promise<ProjectTable> {
  await assertCompanyReferences(trx, actor, { regionId: input.regionId, developerId: input.developerId });
  const row: ProjectTable = {
    id: uuidv7(),
    company_id: actor.companyId,
    region_id: input.regionId,
    developer_id: input.developerId ?? null,
    name: input.name,
    code: input.code,
    city: input.city ?? null,
    address: input.address ?? null,
    ...newRowStamp(),
  };
  await withUniqueField('code', row.code, () => trx.insertInto('projects').values(row).execute());
  await recordAudit(trx, actor, actor.companyId, { action: 'create', entityType: 'project', entityId: row.id, projectId: row.id, after: row });
  return row;
}
