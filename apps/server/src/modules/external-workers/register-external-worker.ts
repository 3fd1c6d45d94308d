import { businessDate, uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { ValidationError } from '../../platform/http/errors.js';
import { recordExternalWorkerEvent, type ExternalWorkerRow } from './external-worker-access.js';
import type { RegisterExternalWorkerBody } from './schemas.js';

/** Registers an outside worker arriving at the sales center (工作要点 (7): 问询登记). */
export async function registerExternalWorker(trx: Tx, actor: Actor, projectId: string, input: RegisterExternalWorkerBody, now: Date = new Date()): Promise<ExternalWorkerRow> {
  assertProjectVisible(actor, projectId, 'entity.project');
  const timeIn = input.timeIn ? new Date(input.timeIn) : now;
  if (timeIn.getTime() > now.getTime()) throw new ValidationError({ timeIn: 'externalWorker.field.timeInFuture' });
  if (input.salesCenterId) {
    const center = await trx.selectFrom('sales_centers').select('id').where('id', '=', input.salesCenterId).where('project_id', '=', projectId).executeTakeFirst();
    if (!center) throw new ValidationError({ salesCenterId: 'externalWorker.field.salesCenterNotInProject' });
  }
  const at = now.toISOString();
  const row: ExternalWorkerRow = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: projectId,
    sales_center_id: input.salesCenterId ?? null,
    name: input.name,
    phone: input.phone,
    id_number: input.idNumber || null,
    company_name: input.company,
    purpose: input.purpose,
    visiting: input.visiting,
    note: input.note || null,
    time_in: timeIn.toISOString(),
    time_out: null,
    visit_date: businessDate(timeIn),
    registered_by: actor.userId,
    signed_out_by: null,
    ...newRowStamp(at),
  };
  await trx.insertInto('external_workers').values(row).execute();
  await recordExternalWorkerEvent(trx, row, { action: 'register', actorId: actor.userId, data: { timeIn: row.time_in }, at });
  await recordAudit(trx, actor, row.company_id, { action: 'create', entityType: 'externalWorker', entityId: row.id, projectId, after: row });
  return row;
}
