import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { recordChannelEvent, type DutyRow } from './channel-access.js';
import { dutySnapshot } from './present-duty.js';
import type { CreateDutyBody } from './schemas.js';

/** Adds a duty at the end of the project's list (route guard: the two managers). */
export async function createDuty(trx: Tx, actor: Actor, input: CreateDutyBody, now: Date = new Date()): Promise<DutyRow> {
  assertProjectVisible(actor, input.projectId, 'entity.project');
  const last = await trx.selectFrom('sales_channel_duties').select('sort_order').where('project_id', '=', input.projectId).orderBy('sort_order', 'desc').executeTakeFirst();
  const duty = await insertDuty(trx, { companyId: actor.companyId, projectId: input.projectId, actorId: actor.userId, sortOrder: (last?.sort_order ?? 0) + 1, at: now.toISOString() }, input);
  await recordAudit(trx, actor, duty.company_id, { action: 'create', entityType: 'salesChannelDuty', entityId: duty.id, projectId: duty.project_id, after: duty });
  return duty;
}

/** The row and its first history entry; shared with loading the seed's list. */
export async function insertDuty(
  trx: Tx,
  at: { companyId: string; projectId: string; actorId: string; sortOrder: number; at: string },
  d: Pick<CreateDutyBody, 'area' | 'assignedTo' | 'title' | 'description'>,
): Promise<DutyRow> {
  const duty: DutyRow = {
    id: uuidv7(),
    company_id: at.companyId,
    project_id: at.projectId,
    area: d.area,
    assigned_to: d.assignedTo,
    title: d.title,
    description: d.description,
    sort_order: at.sortOrder,
    active: 1,
    created_by: at.actorId,
    updated_by: at.actorId,
    ...newRowStamp(at.at),
  };
  await trx.insertInto('sales_channel_duties').values(duty).execute();
  await recordChannelEvent(trx, duty, { entityType: 'duty', action: 'create', snapshot: dutySnapshot(duty), actorId: at.actorId, at: at.at });
  return duty;
}
