import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { ServiceCenterTable } from './tables.js';

export interface ServiceCenterInput {
  name: string;
  address?: string | null;
  phone?: string | null;
}

/** The caller has been checked to see `projectId`. */
export async function createServiceCenter(trx: Tx, actor: Actor, projectId: string, input: ServiceCenterInput): Promise<ServiceCenterTable> {
  const row: ServiceCenterTable = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: projectId,
    name: input.name,
    address: input.address ?? null,
    phone: input.phone ?? null,
    ...newRowStamp(),
  };
  await trx.insertInto('service_centers').values(row).execute();
  await recordAudit(trx, actor, actor.companyId, { action: 'create', entityType: 'serviceCenter', entityId: row.id, projectId, after: row });
  return row;
}
