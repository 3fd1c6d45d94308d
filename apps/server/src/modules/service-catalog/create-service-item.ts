import { highestPrintedNumber, serviceCategoryDefaults, uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { withUniqueField } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import type { CreateServiceItemBody } from './schemas.js';
import { editableColumns } from './service-item-fields.js';
import { serviceHoursJson, serviceItemAuditSnapshot, type ServiceItemRow } from './service-item-record.js';

/**
 * Adds a project's own item to a category, numbered after everything in it and never inside the
 * printed range (a gap such as 便民服务 15 stays empty). Unset fields take the category's defaults.
 * Two adds racing for one number meet the unique index: the loser gets 409 and may retry.
 */
export async function createServiceItem(trx: Tx, actor: Actor, input: CreateServiceItemBody): Promise<ServiceItemRow> {
  assertProjectVisible(actor, input.projectId, 'entity.project');
  const defaults = serviceCategoryDefaults(input.categoryNumber);
  const columns = await editableColumns(trx, { companyId: actor.companyId, projectId: input.projectId }, input, {
    price_mode: defaults.priceMode,
    price_fen: null,
  });
  const highest = await trx
    .selectFrom('service_items')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('project_id', '=', input.projectId)
    .where('category_number', '=', input.categoryNumber)
    .executeTakeFirst();
  const number = Math.max(Number(highest?.n ?? 0), highestPrintedNumber(input.categoryNumber)) + 1;

  const row: ServiceItemRow = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: input.projectId,
    category_number: input.categoryNumber,
    number,
    name: input.name,
    note: columns.note ?? null,
    origin: 'custom',
    lead_working_days: columns.lead_working_days ?? defaults.leadWorkingDays,
    enabled: columns.enabled ?? 1,
    price_mode: columns.price_mode ?? defaults.priceMode,
    price_fen: columns.price_fen ?? null,
    unit: columns.unit ?? null,
    handler_department_id: columns.handler_department_id ?? null,
    handler_vendor_id: columns.handler_vendor_id ?? null,
    service_hours: columns.service_hours ?? serviceHoursJson(defaults.serviceHours),
    sla_accept_minutes: columns.sla_accept_minutes ?? defaults.slaAcceptMinutes,
    sla_complete_minutes: columns.sla_complete_minutes ?? defaults.slaCompleteMinutes,
    sla_basis: columns.sla_basis ?? defaults.slaBasis,
    return_visit_required: columns.return_visit_required ?? (defaults.returnVisitRequired ? 1 : 0),
    bookable: columns.bookable ?? (defaults.bookable ? 1 : 0),
    repairable: columns.repairable ?? (defaults.repairable ? 1 : 0),
    ...newRowStamp(),
  };
  await withUniqueField('number', number, () => trx.insertInto('service_items').values(row).execute());
  await recordAudit(trx, actor, actor.companyId, {
    action: 'create',
    entityType: 'serviceItem',
    entityId: row.id,
    projectId: row.project_id,
    after: serviceItemAuditSnapshot(row),
  });
  return row;
}
