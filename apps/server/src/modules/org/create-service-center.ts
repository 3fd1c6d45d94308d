import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import type { SalesCenterInput } from './create-sales-center.js';
import { assertOpeningHours } from './sales-center-hours.js';
import type { ServiceCenterTable } from './tables.js';

/** The same fields as a sales center; its opening hours are the office hours. */
export type ServiceCenterInput = SalesCenterInput;

/** The caller has been checked to see `projectId`. */
export async function createServiceCenter(trx: Tx, actor: Actor, projectId: string, input: ServiceCenterInput): Promise<ServiceCenterTable> {
  assertOpeningHours(input.openTime, input.closeTime);
  const row: ServiceCenterTable = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: projectId,
    name: input.name,
    address: input.address ?? null,
    phone: input.phone ?? null,
    open_time: input.openTime ?? null,
    close_time: input.closeTime ?? null,
    ...newRowStamp(),
  };
  await trx.insertInto('service_centers').values(row).execute();
  await recordAudit(trx, actor, actor.companyId, { action: 'create', entityType: 'serviceCenter', entityId: row.id, projectId, after: row });
  return row;
}
