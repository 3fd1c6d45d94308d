import { SEED_DUTIES } from '@guanjia/domain/sales-channel/duties';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { BusinessRuleError } from '../../platform/http/errors.js';
import type { DutyRow } from './channel-access.js';
import { insertDuty } from './create-duty.js';

/** Starts an empty project's list from the seed's sections 一 to 五; a project that has duties keeps its own (422). */
export async function loadSeedDuties(trx: Tx, actor: Actor, projectId: string, now: Date = new Date()): Promise<DutyRow[]> {
  assertProjectVisible(actor, projectId, 'entity.project');
  const any = await trx.selectFrom('sales_channel_duties').select('id').where('project_id', '=', projectId).executeTakeFirst();
  if (any) throw new BusinessRuleError('DUTIES_EXIST', 'salesChannel.error.dutiesExist');
  const rows = await insertSeedDuties(trx, { companyId: actor.companyId, projectId, actorId: actor.userId, at: now.toISOString() });
  await recordAudit(trx, actor, actor.companyId, { action: 'salesChannelDuty.loadSeed', entityType: 'project', entityId: projectId, projectId, after: { count: rows.length } });
  return rows;
}

export async function insertSeedDuties(trx: Tx, at: { companyId: string; projectId: string; actorId: string; at: string }): Promise<DutyRow[]> {
  const rows: DutyRow[] = [];
  for (const [i, d] of SEED_DUTIES.entries()) rows.push(await insertDuty(trx, { ...at, sortOrder: i + 1 }, d));
  return rows;
}
