import { uuidv7 } from '@guanjia/domain';
import { nextWakeUpOccurrence } from '@guanjia/domain/life-secretary/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { assertOwnerInHousehold, householdOfProject, ownerHouseholdIds, type WakeUpRow } from './life-secretary-access.js';
import type { CreateMyWakeUpBody, CreateWakeUpBody } from './schemas.js';

/**
 * 定时叫醒: the butler sets a call for an owner of a household (staff), or the owner sets their own on
 * the phone. Its first occurrence is computed now; the job writes each occurrence's message shortly before.
 */
export async function createWakeUpCall(trx: Tx, actor: Actor, input: CreateWakeUpBody | CreateMyWakeUpBody, now: Date = new Date()): Promise<WakeUpRow> {
  const target = 'projectId' in input ? await staffTarget(trx, actor, input) : await ownerTarget(trx, actor, input.householdId);
  if (input.repeat === 'once' && !input.date) throw new ValidationError({ date: 'lifeSecretary.field.dateRequired' });
  const next = nextWakeUpOccurrence({ time: input.time, repeat: input.repeat, date: input.date }, now);
  if (!next) throw new ValidationError({ [input.repeat === 'once' ? 'date' : 'time']: 'lifeSecretary.field.wakeUpPast' });
  const stamp = now.toISOString();
  const row: WakeUpRow = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: target.projectId,
    household_id: target.householdId,
    owner_id: target.ownerId,
    time: input.time,
    repeat: input.repeat,
    date: input.repeat === 'once' ? input.date! : null,
    note: input.note || null,
    channel: input.channel,
    status: 'active',
    next_at: next.toISOString(),
    last_message_id: null,
    created_by: actor.userId,
    cancelled_by: null,
    cancelled_at: null,
    created_at: stamp,
    updated_at: stamp,
    version: 1,
  };
  await trx.insertInto('wake_up_calls').values(row).execute();
  await recordAudit(trx, actor, actor.companyId, { action: 'create', entityType: 'wakeUpCall', entityId: row.id, projectId: row.project_id, after: row });
  return row;
}

async function staffTarget(trx: Tx, actor: Actor, input: CreateWakeUpBody) {
  const household = await householdOfProject(trx, actor, input.projectId, input.householdId);
  await assertOwnerInHousehold(trx, household.id, input.ownerId);
  return { projectId: household.project_id, householdId: household.id, ownerId: input.ownerId };
}

async function ownerTarget(trx: Tx, actor: Actor, householdId: string | undefined) {
  const mine = await ownerHouseholdIds(trx, actor);
  if (mine.length === 0 || !actor.ownerId) throw new ValidationError({ householdId: 'lifeSecretary.field.noHousehold' });
  const chosen = householdId ?? mine[0]!;
  if (!mine.includes(chosen)) throw new NotFoundError('entity.household');
  const h = await trx.selectFrom('households').select(['id', 'project_id']).where('id', '=', chosen).executeTakeFirstOrThrow();
  return { projectId: h.project_id, householdId: h.id, ownerId: actor.ownerId };
}
