import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { attachShowcaseFiles } from './attach-showcase-files.js';
import type { CreateItemBody } from './schemas.js';
import type { PublicityItemRow } from './showcase-access.js';

/** A draft item of the project's publicity library. */
export async function createPublicityItem(trx: Tx, actor: Actor, input: CreateItemBody, now: Date = new Date()): Promise<PublicityItemRow> {
  assertProjectVisible(actor, input.projectId, 'entity.project');
  const fileIds = input.fileId ? await attachShowcaseFiles(trx, actor, [input.fileId], input.projectId, 'fileId') : [];
  const row: PublicityItemRow = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: input.projectId,
    kind: input.kind,
    topic: input.topic,
    title: input.title,
    summary: input.summary || null,
    body: input.body || null,
    file_id: fileIds[0] ?? null,
    media_url: input.mediaUrl || null,
    status: 'draft',
    display_order: input.displayOrder ?? 0,
    published_at: null,
    created_by: actor.userId,
    ...newRowStamp(now.toISOString()),
  };
  await trx.insertInto('publicity_items').values(row).execute();
  await recordAudit(trx, actor, row.company_id, { action: 'publicityItem.create', entityType: 'publicityItem', entityId: row.id, projectId: row.project_id, after: row });
  return row;
}
