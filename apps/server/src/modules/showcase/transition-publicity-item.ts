import { publicityMissingParts, type PublicityAction } from '@guanjia/domain/showcase/publicity';
import type { Updateable } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { AppError } from '../../platform/http/errors.js';
import { assertPublicityTransition, loadVisibleItem, type PublicityItemRow } from './showcase-access.js';
import type { PublicityItemTable } from './tables.js';

/**
 * Publishes or retires an item, the one place its status changes; publishing needs the item's
 * content (422 naming what is missing). The audit log is the item's history.
 */
export async function transitionPublicityItem(trx: Tx, actor: Actor, id: string, action: PublicityAction, input: { version?: number }, now: Date = new Date()): Promise<PublicityItemRow> {
  const before = await loadVisibleItem(trx, actor, id);
  assertVersion(before.version, input.version);
  const to = assertPublicityTransition(before.status, action);
  const changes: Updateable<PublicityItemTable> = { status: to };
  if (action === 'publish') {
    const missing = publicityMissingParts({ kind: before.kind, title: before.title, body: before.body, fileId: before.file_id, mediaUrl: before.media_url });
    if (missing.length) {
      throw new AppError(422, 'PUBLICITY_INCOMPLETE', 'showcase.error.publishIncomplete', {}, Object.fromEntries(missing.map((p) => [p, `showcase.part.${p}`])), { missing });
    }
    changes.published_at = now.toISOString();
  }
  const after = await updateVersioned(trx, 'publicity_items', before, changes);
  await recordAudit(trx, actor, after.company_id, { action: `publicityItem.${action}`, entityType: 'publicityItem', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}
