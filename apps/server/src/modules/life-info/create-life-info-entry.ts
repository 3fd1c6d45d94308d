import { uuidv7 } from '@guanjia/domain';
import { normalizeTags } from '@guanjia/domain/life-info/life-info';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { assertReachable } from './assert-reachable.js';
import { recordLifeInfoEvent, tagColumns, type LifeInfoEntryRow } from './life-info-access.js';
import type { CreateLifeInfoBody } from './schemas.js';

/** Adds a place to a project's directory (提供各项生活信息), published at once when asked. */
export async function createLifeInfoEntry(trx: Tx, actor: Actor, projectId: string, input: CreateLifeInfoBody, now: Date = new Date()): Promise<LifeInfoEntryRow> {
  assertProjectVisible(actor, projectId, 'entity.project');
  const address = input.address || null;
  const phone = input.phone || null;
  assertReachable({ address, phone });
  const at = now.toISOString();
  const row: LifeInfoEntryRow = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: projectId,
    category: input.category,
    name: input.name,
    address,
    phone,
    opening_hours: input.openingHours || null,
    note: input.note || null,
    ...tagColumns(normalizeTags(input.tags)),
    published: input.published ? 1 : 0,
    published_at: input.published ? at : null,
    sort_order: input.sortOrder,
    created_by: actor.userId,
    updated_by: actor.userId,
    ...newRowStamp(at),
  };
  await trx.insertInto('life_info_entries').values(row).execute();
  await recordLifeInfoEvent(trx, row, { action: 'create', actorId: actor.userId, data: { published: input.published }, at });
  await recordAudit(trx, actor, row.company_id, { action: 'create', entityType: 'lifeInfoEntry', entityId: row.id, projectId, after: row });
  return row;
}
