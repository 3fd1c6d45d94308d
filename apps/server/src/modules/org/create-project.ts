import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { withUniqueField } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import { forgetCompanySessions } from '../auth/session-cache.js';
import { seedProjectCatalog } from '../service-catalog/seed-project-catalog.js';
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
 * Company-wide roles resolve their projects with their session, so the company's cached sessions
 * are forgotten and the new project is visible to them at once; project-bound staff get it when
 * granted. The project starts with the seed's service catalog, in the same transaction.
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
  await seedProjectCatalog(trx, { companyId: row.company_id, projectId: row.id });
  forgetCompanySessions(row.company_id, trx);
  return row;
}
