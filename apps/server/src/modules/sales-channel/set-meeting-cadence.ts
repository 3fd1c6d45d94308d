import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { changedColumns } from '../../platform/db/changes.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { recordChannelEvent } from './channel-access.js';
import type { CadenceBody } from './schemas.js';

/** Sets how often the two teams meet (every N days from a first date); one rhythm per project. */
export async function setMeetingCadence(trx: Tx, actor: Actor, input: CadenceBody, now: Date = new Date()): Promise<void> {
  assertProjectVisible(actor, input.projectId, 'entity.project');
  const at = now.toISOString();
  const before = await trx.selectFrom('sales_channel_cadences').selectAll().where('project_id', '=', input.projectId).executeTakeFirst();
  if (!before) {
    const row = { id: uuidv7(), company_id: actor.companyId, project_id: input.projectId, every_days: input.everyDays, starts_on: input.startsOn, updated_by: actor.userId, ...newRowStamp(at) };
    await trx.insertInto('sales_channel_cadences').values(row).execute();
    await recordChannelEvent(trx, row, { entityType: 'cadence', action: 'set', snapshot: { everyDays: row.every_days, startsOn: row.starts_on }, actorId: actor.userId, at });
    await recordAudit(trx, actor, row.company_id, { action: 'create', entityType: 'jointMeetingCadence', entityId: row.id, projectId: row.project_id, after: row });
    return;
  }
  assertVersion(before.version, input.version);
  const changes = changedColumns(before, { every_days: input.everyDays, starts_on: input.startsOn });
  if (!Object.keys(changes).length) return;
  const after = await updateVersioned(trx, 'sales_channel_cadences', before, { ...changes, updated_by: actor.userId });
  await recordChannelEvent(trx, after, { entityType: 'cadence', action: 'set', snapshot: { everyDays: after.every_days, startsOn: after.starts_on }, actorId: actor.userId, at });
  await recordAudit(trx, actor, after.company_id, { action: 'update', entityType: 'jointMeetingCadence', entityId: after.id, projectId: after.project_id, before, after });
}
