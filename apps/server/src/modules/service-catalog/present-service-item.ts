import { SERVICE_CATEGORIES } from '@guanjia/domain';
import type { ServiceCatalogView, ServiceItemView } from './schemas.js';
import { parseServiceHours, type ServiceItemRow } from './service-item-record.js';

export function presentServiceItem(row: ServiceItemRow): ServiceItemView {
  return {
    id: row.id,
    categoryNumber: row.category_number,
    number: row.number,
    name: row.name,
    note: row.note,
    leadWorkingDays: row.lead_working_days,
    enabled: row.enabled === 1,
    priceMode: row.price_mode,
    priceFen: row.price_fen,
    unit: row.unit,
    handlerDepartmentId: row.handler_department_id,
    handlerVendorId: row.handler_vendor_id,
    serviceHours: parseServiceHours(row.service_hours),
    slaAcceptMinutes: row.sla_accept_minutes,
    slaCompleteMinutes: row.sla_complete_minutes,
    slaBasis: row.sla_basis,
    returnVisitRequired: row.return_visit_required === 1,
    bookable: row.bookable === 1,
    repairable: row.repairable === 1,
    origin: row.origin,
    version: row.version,
  };
}

/**
 * Items grouped under the seed's 11 categories in printed order. A view of enabled items only
 * leaves out categories with nothing to offer; the full view always shows all 11.
 */
export function presentServiceCatalog(projectId: string, rows: ServiceItemRow[], enabledOnly: boolean): ServiceCatalogView {
  const sorted = [...rows].sort((a, b) => a.category_number - b.category_number || a.number - b.number);
  const categories = SERVICE_CATEGORIES.map((c) => ({
    number: c.number,
    name: c.name,
    items: sorted.filter((r) => r.category_number === c.number).map(presentServiceItem),
  }));
  return { projectId, categories: enabledOnly ? categories.filter((c) => c.items.length) : categories };
}
