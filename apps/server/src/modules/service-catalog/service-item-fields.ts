import type { Updateable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { ValidationError, type FieldErrors } from '../../platform/http/errors.js';
import type { CreateServiceItemBody, UpdateServiceItemBody } from './schemas.js';
import { serviceHoursJson, type ServiceItemRow } from './service-item-record.js';
import type { ServiceItemTable } from './tables.js';

type EditableInput = Omit<UpdateServiceItemBody, 'version' | 'name'> | Omit<CreateServiceItemBody, 'projectId' | 'categoryNumber' | 'name'>;
type Scope = { companyId: string; projectId: string };
type PriceState = Pick<ServiceItemRow, 'price_mode' | 'price_fen'>;

const blankToNull = (v: string | null | undefined) => (v === undefined ? undefined : v === null || v === '' ? null : v);
const flag = (v: boolean | undefined) => (v === undefined ? undefined : v ? 1 : 0);

/**
 * The columns an administrator's input sets, after the rules a schema cannot see: a fixed price
 * needs a positive fen amount and other modes carry none; a handling department is the project's
 * or the company's own; a vendor is active and serves the project. Every bad field is reported
 * together, before anything is written.
 */
export async function editableColumns(db: DbOrTx, scope: Scope, input: EditableInput, current: PriceState): Promise<Updateable<ServiceItemTable>> {
  const fields: FieldErrors = {};
  const mode = input.priceMode ?? current.price_mode;
  let priceFen: number | null | undefined;
  if (mode === 'fixed') {
    priceFen = input.priceFen !== undefined ? input.priceFen : current.price_fen;
    if (priceFen === null) fields.priceFen = 'serviceCatalog.field.fixedPriceRequired';
  } else {
    if (input.priceFen !== undefined && input.priceFen !== null) fields.priceFen = 'serviceCatalog.field.priceOnlyWhenFixed';
    priceFen = null;
  }
  if (input.handlerDepartmentId && !(await isProjectDepartment(db, scope, input.handlerDepartmentId))) {
    fields.handlerDepartmentId = 'serviceCatalog.field.unknownDepartment';
  }
  if (input.handlerVendorId && !(await isServingVendor(db, scope, input.handlerVendorId))) {
    fields.handlerVendorId = 'serviceCatalog.field.vendorNotServing';
  }
  if (Object.keys(fields).length) throw new ValidationError(fields);

  return {
    enabled: flag(input.enabled),
    price_mode: input.priceMode,
    price_fen: priceFen,
    unit: blankToNull(input.unit),
    handler_department_id: input.handlerDepartmentId,
    handler_vendor_id: input.handlerVendorId,
    lead_working_days: input.leadWorkingDays,
    service_hours: input.serviceHours ? serviceHoursJson(input.serviceHours) : undefined,
    sla_accept_minutes: input.slaAcceptMinutes,
    sla_complete_minutes: input.slaCompleteMinutes,
    sla_basis: input.slaBasis,
    return_visit_required: flag(input.returnVisitRequired),
    bookable: flag(input.bookable),
    repairable: flag(input.repairable),
    note: blankToNull(input.note),
  };
}

/** A department or post of the company at this project, or a company-level one (not the developer's). */
async function isProjectDepartment(db: DbOrTx, scope: Scope, id: string): Promise<boolean> {
  const d = await db.selectFrom('departments').select(['project_id', 'developer_id']).where('id', '=', id).where('company_id', '=', scope.companyId).executeTakeFirst();
  return !!d && d.developer_id === null && (d.project_id === null || d.project_id === scope.projectId);
}

async function isServingVendor(db: DbOrTx, scope: Scope, id: string): Promise<boolean> {
  const v = await db
    .selectFrom('vendors')
    .innerJoin('vendor_projects', 'vendor_projects.vendor_id', 'vendors.id')
    .select('vendors.id')
    .where('vendors.id', '=', id)
    .where('vendors.company_id', '=', scope.companyId)
    .where('vendors.active', '=', 1)
    .where('vendor_projects.project_id', '=', scope.projectId)
    .executeTakeFirst();
  return !!v;
}
