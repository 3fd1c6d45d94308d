import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertOpeningHours } from './sales-center-hours.js';
import type { SalesCenterTable } from './tables.js';

export interface SalesCenterInput {
  name: string;
  address?: string | null;
  phone?: string | null;
  openTime?: string | null;
  closeTime?: string | null;
}

/** The caller has been checked to see `projectId`. */
export async function createSalesCenter(trx: Tx, actor: Actor, projectId: string, input: SalesCenterInput): Promise<SalesCenterTable> {
  assertOpeningHours(input.openTime, input.closeTime);
  const row: SalesCenterTable = {
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
  await trx.insertInto('sales_centers').values(row).execute();
  await recordAudit(trx, actor, actor.companyId, { action: 'create', entityType: 'salesCenter', entityId: row.id, projectId, after: row });
  return row;
}
