import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import type { Actor } from '../../platform/http/actor.js';
import { newPublicCode } from './public-code.js';
import { recordShowcaseEvent } from './record-showcase-event.js';
import { loadVisibleShowcase, type ShowcaseRow } from './showcase-access.js';

/** A new code for the visitors' page: the old QR stops working at once (e.g. after a leaked link). */
export async function regeneratePublicCode(trx: Tx, actor: Actor, showcaseId: string, now: Date = new Date()): Promise<ShowcaseRow> {
  const before = await loadVisibleShowcase(trx, actor, showcaseId);
  const after = await updateVersioned(trx, 'brand_showcases', before, { public_code: newPublicCode() });
  await recordShowcaseEvent(trx, after, { action: 'regenerateCode', actorId: actor.userId, at: now.toISOString() });
  // The codes themselves stay out of the audit log: it is read more widely than the showcase.
  await recordAudit(trx, actor, after.company_id, { action: 'brandShowcase.regenerateCode', entityType: 'brandShowcase', entityId: after.id, projectId: after.project_id });
  return after;
}
