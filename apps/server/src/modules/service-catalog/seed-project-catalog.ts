import { SERVICE_CATALOG_ITEMS, uuidv7 } from '@guanjia/domain';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { ServiceItemTable } from './tables.js';
import { serviceHoursJson } from './service-item-record.js';

export interface SeedProjectCatalogInput {
  companyId: string;
  projectId: string;
  /** A handling department per category number, e.g. 维修服务 → 工程部 (the demo sets this; new projects start unrouted). */
  handlerDepartmentByCategory?: Record<number, string>;
}

/**
 * Copies the seed's 110 items into a project (origin 'seed'), in the caller's transaction. The
 * project's creation is the audited change; the copied rows are its fixed defaults, so no audit row
 * is written per item.
 */
export async function seedProjectCatalog(trx: Tx, input: SeedProjectCatalogInput): Promise<number> {
  const stamp = newRowStamp();
  const rows: ServiceItemTable[] = SERVICE_CATALOG_ITEMS.map((item) => ({
    id: uuidv7(),
    company_id: input.companyId,
    project_id: input.projectId,
    category_number: item.categoryNumber,
    number: item.number,
    name: item.name,
    note: item.note,
    origin: 'seed',
    lead_working_days: item.leadWorkingDays,
    enabled: 1,
    price_mode: item.priceMode,
    price_fen: null,
    unit: null,
    handler_department_id: input.handlerDepartmentByCategory?.[item.categoryNumber] ?? null,
    handler_vendor_id: null,
    service_hours: serviceHoursJson(item.serviceHours),
    sla_accept_minutes: item.slaAcceptMinutes,
    sla_complete_minutes: item.slaCompleteMinutes,
    sla_basis: item.slaBasis,
    return_visit_required: item.returnVisitRequired ? 1 : 0,
    bookable: item.bookable ? 1 : 0,
    repairable: item.repairable ? 1 : 0,
    ...stamp,
  }));
  await trx.insertInto('service_items').values(rows).execute();
  return rows.length;
}
