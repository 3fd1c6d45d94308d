import type { Updateable } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { attachShowcaseFiles } from './attach-showcase-files.js';
import type { UpdateItemBody } from './schemas.js';
import { loadVisibleItem, type PublicityItemRow } from './showcase-access.js';
import type { PublicityItemTable } from './tables.js';

/** Edits an item in any status: a published notice is corrected in place, visitors see the fix at once. */
export async function updatePublicityItem(trx: Tx, actor: Actor, id: string, input: UpdateItemBody): Promise<PublicityItemRow> {
  const before = await loadVisibleItem(trx, actor, id);
  assertVersion(before.version, input.version);
  const changes: Updateable<PublicityItemTable> = {};
  if (input.topic !== undefined) changes.topic = input.topic;
  if (input.title !== undefined) changes.title = input.title;
  if (input.summary !== undefined) changes.summary = input.summary || null;
  if (input.body !== undefined) changes.body = input.body || null;
  if (input.mediaUrl !== undefined) changes.media_url = input.mediaUrl || null;
  if (input.displayOrder !== undefined) changes.display_order = input.displayOrder;
  if (input.fileId !== undefined) changes.file_id = input.fileId ? (await attachShowcaseFiles(trx, actor, [input.fileId], before.project_id, 'fileId'))[0] : null;
  const after = await updateVersioned(trx, 'publicity_items', before, changes);
  await recordAudit(trx, actor, after.company_id, { action: 'publicityItem.edit', entityType: 'publicityItem', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}
