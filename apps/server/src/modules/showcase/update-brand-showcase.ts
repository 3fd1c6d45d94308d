import { EDITABLE_BRAND_SHOWCASE_STATUSES } from '@guanjia/domain/showcase/showcase-flow';
import type { Updateable } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { BusinessRuleError } from '../../platform/http/errors.js';
import { attachShowcaseFiles } from './attach-showcase-files.js';
import { recordShowcaseEvent } from './record-showcase-event.js';
import type { UpdateShowcaseBody } from './schemas.js';
import { auditable, loadVisibleShowcase, type ShowcaseRow } from './showcase-access.js';
import type { BrandShowcaseTable } from './tables.js';

/** Edits a draft's location, area, layout and the sales center's decoration start. */
export async function updateBrandShowcase(trx: Tx, actor: Actor, id: string, input: UpdateShowcaseBody, now: Date = new Date()): Promise<ShowcaseRow> {
  const before = await loadVisibleShowcase(trx, actor, id);
  assertVersion(before.version, input.version);
  if (!EDITABLE_BRAND_SHOWCASE_STATUSES.includes(before.status)) {
    throw new BusinessRuleError('SHOWCASE_NOT_DRAFT', 'showcase.error.draftOnly', { status: `showcase.status.${before.status}` }, { status: before.status });
  }
  const changes: Updateable<BrandShowcaseTable> = {};
  if (input.location !== undefined) changes.location = input.location || null;
  if (input.areaM2 !== undefined) changes.area_m2 = input.areaM2;
  if (input.layoutPlan !== undefined) changes.layout_plan = input.layoutPlan || null;
  if (input.decorationStartDate !== undefined) changes.decoration_start_date = input.decorationStartDate;
  if (input.layoutFileIds !== undefined) {
    changes.layout_file_ids = JSON.stringify(await attachShowcaseFiles(trx, actor, input.layoutFileIds, before.project_id, 'layoutFileIds'));
  }
  const after = await updateVersioned(trx, 'brand_showcases', before, changes);
  await recordShowcaseEvent(trx, after, { action: 'edit', actorId: actor.userId, at: now.toISOString() });
  await recordAudit(trx, actor, after.company_id, { action: 'brandShowcase.edit', entityType: 'brandShowcase', entityId: after.id, projectId: after.project_id, before: auditable(before), after: auditable(after) });
  return after;
}
