import { businessDate, uuidv7 } from '@guanjia/domain';
import type { Selectable } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { ValidationError } from '../../platform/http/errors.js';
import { findVisibleSalesCenter, loadVisibleVisit } from './reception-access.js';
import { recordVisitEvent } from './record-visit-event.js';
import type { RecordServiceBody } from './schemas.js';
import type { ServiceRecordTable } from './tables.js';

export type ServiceRecordRow = Selectable<ServiceRecordTable>;

/** A reference service given, against a visit of the same sales center or as a standalone task of the day. */
export async function recordService(trx: Tx, actor: Actor, input: RecordServiceBody, now: Date = new Date()): Promise<ServiceRecordRow> {
  const center = await findVisibleSalesCenter(trx, actor, input.salesCenterId);
  const service = await trx.selectFrom('reception_reference_services').selectAll().where('id', '=', input.serviceId).where('project_id', '=', center.project_id).executeTakeFirst();
  if (!service) throw new ValidationError({ serviceId: 'reception.field.serviceNotFound' });
  if (service.enabled !== 1) throw new ValidationError({ serviceId: 'reception.field.serviceDisabled' });
  const visit = input.visitId ? await loadVisibleVisit(trx, actor, input.visitId).catch(() => null) : null;
  if (input.visitId && (!visit || visit.sales_center_id !== center.id)) throw new ValidationError({ visitId: 'reception.field.visitNotFound' });
  const at = now.toISOString();
  const row: ServiceRecordRow = {
    id: uuidv7(),
    company_id: center.company_id,
    project_id: center.project_id,
    sales_center_id: center.id,
    service_id: service.id,
    visit_id: visit?.id ?? null,
    note: input.note || null,
    recorded_by: actor.userId,
    recorded_at: at,
    record_date: businessDate(now),
    created_at: at,
  };
  await trx.insertInto('reception_service_records').values(row).execute();
  if (visit) await recordVisitEvent(trx, visit, { action: 'recordService', actorId: actor.userId, data: { serviceId: service.id, number: service.number, name: service.name }, at });
  await recordAudit(trx, actor, center.company_id, { action: 'create', entityType: 'serviceRecord', entityId: row.id, projectId: center.project_id, after: row });
  return row;
}
