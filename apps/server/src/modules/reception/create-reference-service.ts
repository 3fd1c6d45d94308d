import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { withUniqueField } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { seedReferenceServices, type ReferenceServiceRow } from './list-reference-services.js';
import type { CreateServiceBody } from './schemas.js';

/** A service the project adds to the reference list (开发商的要求会有所不同): numbered after the last one. */
export async function createReferenceService(trx: Tx, actor: Actor, input: CreateServiceBody): Promise<ReferenceServiceRow> {
  assertProjectVisible(actor, input.projectId, 'entity.project');
  await seedReferenceServices(trx, actor, actor.companyId, input.projectId);
  const last = await trx
    .selectFrom('reception_reference_services')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('project_id', '=', input.projectId)
    .executeTakeFirst();
  const row: ReferenceServiceRow = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: input.projectId,
    number: Number(last?.n ?? 0) + 1,
    name: input.name,
    enabled: 1,
    origin: 'custom',
    ...newRowStamp(),
  };
  await withUniqueField('number', row.number, () => trx.insertInto('reception_reference_services').values(row).execute());
  await recordAudit(trx, actor, actor.companyId, { action: 'create', entityType: 'referenceService', entityId: row.id, projectId: row.project_id, after: row });
  return row;
}
